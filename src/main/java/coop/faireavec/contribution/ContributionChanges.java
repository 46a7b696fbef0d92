package coop.faireavec.contribution;

import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An author withdraws or corrects their own contribution, or a carrier does it for them saying how they agreed
 * (issue #12, point 2). Until the phase is reported both are free; afterwards a correction is still allowed (the
 * report module makes a new version on {@link ContributionChanged}) but a withdrawal is refused: the committee
 * decided on figures that counted this voice, and the stored decision must keep pointing at what it read. A
 * validation (a contribution with a decision) cannot be withdrawn: it already moved the process on; its comment can
 * be corrected.
 */
@Service
@Transactional(readOnly = true)
public class ContributionChanges {

    /**
     * A contribution the viewer may change, as the change page shows it.
     *
     * @param byAuthor whether the viewer is its author (else a carrier acting for them, who must say how they agreed)
     * @param reported whether its phase was already reported (then it can only be corrected)
     */
    public record Changeable(Contribution contribution, boolean byAuthor, boolean reported) {

        /** Whether the withdraw button is offered. */
        public boolean mayWithdraw() {
            return !reported && contribution.getDecision() == null;
        }
    }

    private final ContributionService contributions;
    private final AccessGuard guard;

    ContributionChanges(ContributionService contributions, AccessGuard guard) {
        this.contributions = contributions;
        this.guard = guard;
    }

    /**
     * The contribution {@code contributionId} of experimentation {@code experimentationId}, if the viewer may change
     * it: its author, or a carrier of that experimentation (or an administrator).
     *
     * @throws NotFoundException when it does not exist in that experimentation, or was withdrawn
     * @throws AccessDeniedException for anyone else
     */
    public Changeable changeable(Viewer viewer, long experimentationId, long contributionId) {
        Contribution c = contributions
                .find(contributionId)
                .filter(x -> x.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("contribution", contributionId));
        boolean author = Objects.equals(c.getAuthorId(), viewer.personId());
        if (!author) {
            guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        } else {
            guard.requireMember(viewer, experimentationId);
        }
        return new Changeable(c, author, contributions.phaseReported(c));
    }

    /**
     * Corrects the text.
     *
     * @param consent required when the viewer is not the author (a carrier): how the author agreed; OTHER needs a note
     * @throws IllegalArgumentException for a blank text or a missing consent
     * @see #changeable for the 404 and 403
     */
    @Transactional
    public void correct(
            Viewer viewer,
            long experimentationId,
            long contributionId,
            String body,
            ConsentKind consent,
            String consentNote) {
        Changeable c = changeable(viewer, experimentationId, contributionId);
        requireConsent(c, consent, consentNote);
        contributions.correct(
                contributionId,
                body,
                viewer.personId(),
                c.byAuthor() ? null : consent,
                c.byAuthor() ? null : consentNote);
    }

    /**
     * Withdraws it: kept as withdrawn (who, when), no longer counted nor shown.
     *
     * @throws ConflictException "conflict.withdrawAfterReport" once its phase is reported, "conflict.withdrawDecision"
     *     for a validation
     * @throws IllegalArgumentException for a missing consent
     */
    @Transactional
    public void withdraw(
            Viewer viewer, long experimentationId, long contributionId, ConsentKind consent, String consentNote) {
        Changeable c = changeable(viewer, experimentationId, contributionId);
        if (c.reported()) {
            throw new ConflictException("conflict.withdrawAfterReport");
        }
        if (c.contribution().getDecision() != null) {
            throw new ConflictException("conflict.withdrawDecision");
        }
        requireConsent(c, consent, consentNote);
        contributions.withdraw(
                contributionId, viewer.personId(), c.byAuthor() ? null : consent, c.byAuthor() ? null : consentNote);
    }

    /**
     * Everything recorded in that member's name in one experimentation, newest first, for a carrier who corrects or
     * withdraws for them.
     *
     * @throws AccessDeniedException when the viewer is not a carrier there (nor an administrator)
     */
    public List<Contribution> ofMember(Viewer viewer, long experimentationId, long personId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        return contributions.byAuthor(personId).stream()
                .filter(c -> c.getExperimentationId() == experimentationId)
                .toList();
    }

    private static void requireConsent(Changeable c, ConsentKind consent, String note) {
        if (c.byAuthor()) {
            return;
        }
        if (consent == null) {
            throw new IllegalArgumentException("consent required");
        }
        if (consent == ConsentKind.OTHER && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("say how the person agreed");
        }
    }
}
