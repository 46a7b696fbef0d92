package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.StepView;
import coop.faireavec.review.NewReviewRequest;
import java.util.List;

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

    /** The author's college votes for these leads (ids of leads of the experimentation). */
    void voteForLeads(List<Long> leadIds);

    /** The action plan keeps these leads (ids of leads of the experimentation). */
    void selectLeads(List<Long> leadIds);

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
