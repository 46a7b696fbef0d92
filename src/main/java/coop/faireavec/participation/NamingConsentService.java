package coop.faireavec.participation;

import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent of a member of the lived-experience college to appear with their name in reports (issue #12, point
 * 2): given or withdrawn by the person on their own page, or noted by a carrier for them with how they agreed. Each
 * change publishes {@link NamingConsentChanged} so that kept reports are generated again. Members of the other
 * colleges are always named (they act as practitioners or public figures), so the consent does not apply to them.
 */
@Service
@Transactional(readOnly = true)
public class NamingConsentService {

    private final MembershipService memberships;
    private final MembershipRepository repository;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NamingConsentService(
            MembershipService memberships,
            MembershipRepository repository,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock) {
        this.memberships = memberships;
        this.repository = repository;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the viewer is a carrier of that experimentation (or an administrator): they note consents for others.
     *
     * @throws org.springframework.security.access.AccessDeniedException otherwise
     */
    public void requireCarrier(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    /**
     * The membership of that person in that experimentation, for the consent page.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member there, or
     *     asks about someone else without being a carrier of the experimentation (or an administrator)
     * @throws NotFoundException when the person is not a member
     */
    public Membership consentOf(Viewer viewer, long experimentationId, long personId) {
        if (viewer.personId() != personId) {
            guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        } else {
            guard.requireMember(viewer, experimentationId);
        }
        return memberships
                .membership(personId, experimentationId)
                .orElseThrow(() -> new NotFoundException("member", String.valueOf(personId)));
    }

    /**
     * The viewer gives ({@code named} true) or withdraws their own consent to be named in the reports of that
     * experimentation; kind SELF.
     *
     * @return whether it changed what reports print (then {@link NamingConsentChanged} was published)
     * @throws NotFoundException when the viewer is not a member
     * @throws ConflictException ("conflict.namingNotPseudonymised") when the viewer is not in the lived-experience
     *     college: they are named anyway
     */
    @Transactional
    public boolean chooseOwn(Viewer viewer, long experimentationId, boolean named) {
        Membership m = consentOf(viewer, experimentationId, viewer.personId());
        return change(m, named, NamingConsentKind.SELF, null, viewer.personId());
    }

    /**
     * A carrier notes, for a member, that they gave or withdrew their consent, and how they told it.
     *
     * @param kind ORAL, WRITTEN or OTHER (with a note); never SELF
     * @return whether it changed what reports print (then {@link NamingConsentChanged} was published)
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a carrier there
     * @throws IllegalArgumentException when the kind is missing or SELF, or OTHER has no note
     * @throws ConflictException ("conflict.namingNotPseudonymised") when the member is not in the lived-experience
     *     college
     */
    @Transactional
    public boolean noteFor(
            Viewer viewer, long experimentationId, long personId, boolean named, NamingConsentKind kind, String note) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        if (kind == null || kind == NamingConsentKind.SELF) {
            throw new IllegalArgumentException("say how the person told their choice");
        }
        if (kind == NamingConsentKind.OTHER && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("say how the person agreed");
        }
        Membership m = consentOf(viewer, experimentationId, personId);
        return change(m, named, kind, note, viewer.personId());
    }

    private boolean change(Membership m, boolean named, NamingConsentKind kind, String note, long notedBy) {
        if (m.getCollege() != College.LIVED_EXPERIENCE) {
            throw new ConflictException("conflict.namingNotPseudonymised");
        }
        boolean changed = m.isNamedInReports() != named;
        Membership managed = repository.findById(m.getId()).orElseThrow();
        managed.recordNamingConsent(named, kind, note, notedBy, clock.instant());
        if (changed) {
            events.publishEvent(new NamingConsentChanged(m.getExperimentationId(), m.getPersonId(), named));
        }
        return changed;
    }
}
