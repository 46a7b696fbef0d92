package coop.faireavec.ui;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.review.PhaseReview;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a phase given back to every member once the committee approved it, in plain words: what was said,
 * what was decided, what comes next, how each college's voice weighed. Action research returns its findings to the
 * people who produced them (issue 12, point 8).
 */
@Service
@Transactional(readOnly = true)
public class PhaseResults {

    /** How many characters of the phase's main text the page shows before "read more". */
    static final int SHORT_TEXT = 400;

    private final ExperimentationService experimentations;
    private final ReviewService reviews;
    private final ContributionService contributions;
    private final ActionLeadService leads;
    private final MembershipService memberships;

    PhaseResults(
            ExperimentationService experimentations,
            ReviewService reviews,
            ContributionService contributions,
            ActionLeadService leads,
            MembershipService memberships) {
        this.experimentations = experimentations;
        this.reviews = reviews;
        this.contributions = contributions;
        this.leads = leads;
        this.memberships = memberships;
    }

    /**
     * One college's weight in the phase: its share (0 to 100, rounded) of the contributions and of the people who
     * spoke; {@code mine} marks the reader's college.
     */
    public record CollegeShare(
            College college,
            long contributions,
            long speakers,
            int contributionShare,
            int speakerShare,
            boolean mine) {}

    /**
     * What the page shows.
     *
     * @param mainText the phase's main text (synthesis, action plan, phase report), or null when none was written
     * @param shortText its first sentences (at most {@link #SHORT_TEXT} characters), the whole text when short
     * @param approval the committee's approving decision
     * @param chosenLeads the leads chosen (phase 2), else empty
     */
    public record Page(
            Experimentation experimentation,
            Phase phase,
            String mainText,
            String shortText,
            PhaseReview approval,
            List<ActionLead> chosenLeads,
            List<CollegeShare> shares) {

        /** Whether the main text is longer than what the page shows first. */
        public boolean hasMore() {
            return mainText != null && !mainText.equals(shortText);
        }
    }

    /**
     * The results of that phase for that member, once approved.
     *
     * @param phase the phase, null for a phase number that does not exist
     * @return the page, or empty while the committee has not approved the phase (or for no phase)
     * @throws org.springframework.security.access.AccessDeniedException (403) for someone who is not a member
     * @throws coop.faireavec.shared.NotFoundException (404) for an unknown experimentation
     */
    public Optional<Page> page(Viewer viewer, long experimentationId, Phase phase) {
        Experimentation e = experimentations.get(viewer, experimentationId);
        if (phase == null) {
            return Optional.empty();
        }
        Optional<PhaseReview> approval = reviews.decisionsOf(experimentationId).stream()
                .map(ReviewService.Decision::review)
                .filter(r -> r.isApproved() && phase.name().equals(r.getPhase()))
                .findFirst();
        if (approval.isEmpty()) {
            return Optional.empty();
        }
        String main = contributions
                .latest(experimentationId, phase.name(), mainStep(phase))
                .or(() ->
                        contributions.latest(experimentationId, phase.name(), ProcessConstants.TASK_WRITE_PHASE_REPORT))
                .map(Contribution::getBody)
                .orElse(null);
        List<ActionLead> chosen = phase == Phase.ACTION_LEADS
                ? leads.ofExperimentation(experimentationId).stream()
                        .filter(ActionLead::isSelected)
                        .toList()
                : List.of();
        College myCollege = memberships
                .membership(viewer.personId(), experimentationId)
                .map(Membership::getCollege)
                .orElse(null);
        List<ContributionService.CollegeVoices> voices = contributions.voicesByCollege(experimentationId, phase.name());
        long allContributions = voices.stream()
                .mapToLong(ContributionService.CollegeVoices::contributions)
                .sum();
        long allSpeakers = voices.stream()
                .mapToLong(ContributionService.CollegeVoices::authors)
                .sum();
        List<CollegeShare> shares = voices.stream()
                .map(v -> new CollegeShare(
                        v.college(),
                        v.contributions(),
                        v.authors(),
                        percent(v.contributions(), allContributions),
                        percent(v.authors(), allSpeakers),
                        v.college() == myCollege))
                .toList();
        return Optional.of(new Page(e, phase, main, shorten(main), approval.get(), chosen, shares));
    }

    /** The step whose text says what the phase found: the synthesis, the action plan, else the phase report. */
    static String mainStep(Phase phase) {
        return switch (phase) {
            case SHARED_DIAGNOSIS -> ProcessConstants.TASK_DRAFT_SYNTHESIS;
            case ACTION_LEADS -> ProcessConstants.TASK_WRITE_ACTION_PLAN;
            default -> ProcessConstants.TASK_WRITE_PHASE_REPORT;
        };
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /** The text cut at a word boundary before {@link #SHORT_TEXT} characters, with "…"; null stays null. */
    static String shorten(String text) {
        if (text == null || text.length() <= SHORT_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT_TEXT);
        return text.substring(0, cut > SHORT_TEXT / 2 ? cut : SHORT_TEXT).strip() + " …";
    }
}
