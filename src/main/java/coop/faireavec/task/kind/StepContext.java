package coop.faireavec.task.kind;

import coop.faireavec.decision.Grade;
import coop.faireavec.experiment.ExperimentPlan;
import coop.faireavec.experiment.ObservationForm;
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

    /** The experimentation's colleges, in order (enum names). */
    List<String> colleges();

    /** Whether any lead was proposed in the experimentation. */
    boolean leadsProposed();

    // --- call for leads (issue #13 point 2) ---

    /**
     * Records a lead proposed by the author (typed by the viewer, with the author's consent when they differ).
     *
     * @param title its title, not blank
     * @param problem the problem it answers, what would change, organisations that could take part: may be null
     * @param sourceIds ids of phase-1 contributions of the experimentation it answers (checked again), maybe empty
     * @throws coop.faireavec.shared.ConflictException when the call is not open
     * @throws IllegalArgumentException when a source is not a phase-1 contribution of the experimentation
     */
    void proposeLead(String title, String problem, String change, String organisations, List<Long> sourceIds);

    /** Whether the author proposed at least one lead (not withdrawn) in the experimentation. */
    boolean authorProposedLead();

    /** What was said in phase 1 that a lead may answer: the author chooses among them. */
    List<LeadSource> leadSources();

    /** A phase-1 contribution a lead may answer: its id, its step key and its text. */
    record LeadSource(long id, String stepKey, String body) {}

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
     * Plans (or plans again) the experiment of the step's lead, in the author's name.
     *
     * @throws IllegalArgumentException for a step about no lead, or a plan the experiment module refuses
     */
    void planExperiment(ExperimentPlan plan);

    /**
     * Records an observation of the step's lead's experiment, in the author's name (with the consent kept when
     * someone typed it for them).
     *
     * @param form the observation as typed, checked by the step's kind first (checked again against the experiment's
     *     indicators)
     * @throws coop.faireavec.shared.ConflictException when the experiment has no plan yet
     * @throws IllegalArgumentException when the form is not a valid observation
     */
    void recordObservation(ObservationForm form);

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

    // collective validations (validation.CollectiveValidationService), for CollegeValidationStep

    /**
     * The author answers the validation of this step: agree, or object with a reason; an answer sent again replaces
     * the earlier one.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the author has no college
     * @throws coop.faireavec.shared.ConflictException once the validation is closed
     */
    void answerValidation(boolean agree, String reason);

    /** Whether the author already answered the validation of this step. */
    boolean validationAnswered();

    /** The validation of this step as its page shows it to the author ({@code CollectiveValidationService.View}). */
    Object validationView();

    /** Whether closing the validation now needs the carrier's reason (a college below its quorum). */
    boolean validationClosingNeedsReason();

    /**
     * The author (a carrier) closes the validation of this step.
     *
     * @return whether the text is validated
     * @throws IllegalArgumentException when a reason is needed and none was given
     */
    boolean closeValidation(String reason);

    /** A carrier moved the end of the validation of this step to {@code until}. */
    void validationExtended(java.time.Instant until);
}
