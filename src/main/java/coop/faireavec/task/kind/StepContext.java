package coop.faireavec.task.kind;

import coop.faireavec.decision.Grade;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.StepView;
import coop.faireavec.review.NewReviewRequest;
import coop.faireavec.vote.VoteService;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a {@link StepKind} gets when its step is completed: the step, and what it may store in its name. The author
 * is the viewer, or the member a facilitator fills the step in for (with their consent, kept with what is stored).
 */
public interface StepContext {

    /** The step being completed. */
    StepView step();

    /** Its phase, or null for a process that is not a phase. */
    Phase phase();

    /** The person id of the author: the viewer, or the member a facilitator fills the step in for. */
    long authorId();

    /** The person id of who typed it (the viewer), the author when nobody else did. */
    long typedById();

    /**
     * Stores one contribution of the author for this step.
     *
     * @param section a part of a multi-part step (e.g. a capitalisation section), or null
     * @param decision the decision taken (an enum name), or null
     * @param body the text, may be null
     */
    void store(String section, String decision, String body);

    /** Whether any lead was proposed in the experimentation. */
    boolean leadsProposed();

    /** The action plan keeps these leads (ids of leads of the experimentation). */
    void selectLeads(List<Long> leadIds);

    // --- the vote on the leads and the plan that starts from it (issue #13, points 3 and 4; vote.VoteService) ---

    /** Opens the vote round of this "vote open" step if it is not open yet (freezing the rules in force). */
    void openVote();

    /**
     * Records the author's ballot (replacing theirs), their college taken from their membership.
     *
     * @param grades lead id to answer
     * @throws coop.faireavec.shared.ConflictException (409) when the vote is closed
     */
    void castBallot(Map<Long, Grade> grades);

    /** Whether the author already sent a ballot in this step's vote. */
    boolean hasVoted();

    /** The author's ballot page: leads, their own grades, small colleges, results so far. */
    VoteService.Sheet ballotSheet();

    /** Whether closing this step's vote needs a reason (a college below its quorum). */
    boolean voteClosingNeedsReason();

    /** A carrier (the author) closes this step's vote, with their reason or null. */
    void closeVote(String reason);

    /** A carrier moved this step's vote's end. */
    void voteExtended(Instant until);

    /**
     * Keeps the plan's changes against the vote's preselection, each with its reason.
     *
     * @param selected the kept lead ids
     * @param reasons lead id to reason, for every changed lead
     */
    void recordSelectionChanges(List<Long> selected, Map<Long, String> reasons);

    /**
     * The phase reached its report step: once the step is completed, its report workbook (and the
     * whole-experimentation one) is generated.
     */
    void phaseReportWritten();

    /**
     * The steering committee's decision on the phase, with its comment (may be null), its requests (none when
     * approving, at least one when asking for more) and the report version it was about (null: none kept).
     */
    void recordReview(boolean approved, String comment, List<NewReviewRequest> requests, Integer reportVersion);
}
