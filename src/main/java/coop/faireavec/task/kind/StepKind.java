package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.task.StepPage;
import java.time.Instant;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * One kind of step (one BPMN form key): the form record it collects (none for steps completed elsewhere), how that
 * form is checked, what completing the step stores and which flags it hands the engine. Every form key used in
 * {@code processes/*.bpmn} has exactly one kind, listed in {@link StepKinds}; only this package reads the form keys.
 *
 * @param <F> the form record of this kind ({@link NoForm} for a kind with no fields)
 */
public interface StepKind<F extends Record> {

    /** The BPMN form key this kind serves, e.g. {@code peer-session}. */
    String formKey();

    /** The form record posted to complete the step; null when the step is completed elsewhere (a meeting). */
    Class<F> formType();

    /** An empty form for the page (null when {@link #formType()} is null). */
    F emptyForm();

    /** The fragment file under {@code templates/task/forms/} that shows this kind's fields (kinds may share one). */
    default String template() {
        return formKey();
    }

    /** Whether a meeting serves the step: it completes when the minutes are validated, never from a form. */
    default boolean completedByMeeting() {
        return false;
    }

    /** The name of the {@code meeting.MeetingKind} a meeting serving this step must be; null for other kinds. */
    default String meetingKind() {
        return null;
    }

    /** Whether this is the steering committee's decision on a phase report. */
    default boolean isReview() {
        return false;
    }

    /** Whether a facilitator may fill it in for a member it is offered to (not a meeting, not the committee's). */
    default boolean recordableForOthers() {
        return !isReview() && !completedByMeeting();
    }

    /** Whether the page lists the proposed leads (in phase 2). */
    default boolean showsLeads() {
        return false;
    }

    /** Whether the page shows the vote's results beside its form ({@link StepPage#votes()}: the action plan). */
    default boolean showsVoteResults() {
        return false;
    }

    /**
     * Whether the page shows, in phase 2, the action plan's changes against the vote with their reasons
     * ({@link StepPage#planChanges()}: the members' validation).
     */
    default boolean showsPlanChanges() {
        return false;
    }

    /** The task key of the earlier step whose latest text this step has people read (null: none). */
    default String stepToRead(Phase phase) {
        return null;
    }

    /**
     * Whether the step, when it is taken up again in its phase (the committee asked for more, a college disagreed,
     * an experiment is adjusted), starts from its latest text, with the points to answer at the top.
     */
    default boolean reworkable() {
        return false;
    }

    /**
     * The form the page starts with: empty, or prefilled from what the page knows (the previous text of a reworked
     * step, the report version the committee reads).
     *
     * @param page what the step's page shows
     * @return the form to show, never null for a kind with a form
     */
    default F formFor(StepPage page) {
        return emptyForm();
    }

    /**
     * The same form with one more row to fill in (the "add a row" button, which works without JavaScript), or null
     * when this kind has no rows to add.
     */
    default F withMoreRows(F form) {
        return null;
    }

    /**
     * Checks the bound form beyond its Bean Validation annotations, rejecting fields with message codes in plain
     * words next to the field.
     *
     * @param form the bound form, never null
     * @param page what the page shows (the leads one may choose among)
     * @param errors where to put the errors
     */
    default void validate(F form, StepPage page, Errors errors) {}

    /**
     * Stores what the form collected and returns the variables the engine's gateways need. Inputs are checked by
     * {@link #validate} first; what would corrupt the flow is checked again here.
     *
     * @param step the step being completed, who speaks and what may be stored
     * @param form the validated form
     * @return engine variables (flags and ids only), possibly empty
     * @throws IllegalArgumentException when the form would corrupt the flow
     * @throws coop.faireavec.shared.ConflictException when the step is not completed from a form
     */
    Map<String, Object> complete(StepContext step, F form);

    /**
     * Whether the step is one step for every member it is offered to (the call for leads, the vote on the leads, a
     * collective validation): each member's form is their own part (leads, a ballot, an answer), which does not
     * complete the step and may be sent again until the close; a carrier closes the step ({@link #close}), or its
     * time runs out in the BPMN. Nobody takes ("Je m'en occupe") a shared step.
     */
    default boolean sharedByMembers() {
        return false;
    }

    /**
     * For a shared step: whether its author (the member whose part it is, {@link StepContext#authorId()}) already
     * did their part; their list of steps then shows it done, still changeable until the close.
     */
    default boolean partDone(StepContext step) {
        return false;
    }

    /**
     * For a shared step: what its page shows beside the form (turnout per college, the member's own ballot to
     * prefill, the objections so far), read for the author of {@code step}; the kind's template knows its type.
     * Null when there is nothing more to show.
     */
    default Object sharedDetails(StepContext step) {
        return null;
    }

    /**
     * For a shared step: whether closing it now needs the carrier's written reason (a college below its quorum).
     */
    default boolean closingNeedsReason(StepContext step) {
        return false;
    }

    /**
     * A carrier closes a shared step: checks and stores the closing (with its reason, shown in the results and the
     * report) and returns the variables the engine's gateways need.
     *
     * @param step the step, its author being the carrier closing it
     * @param reason the carrier's written reason, or null when none was given
     * @return engine variables (flags and ids only), possibly empty
     * @throws IllegalArgumentException when a reason is needed ({@link #closingNeedsReason}) and none was given
     * @throws coop.faireavec.shared.ConflictException for a step that is not shared
     */
    default Map<String, Object> close(StepContext step, String reason) {
        throw new ConflictException("conflict.notShared");
    }

    /** For a shared step: a carrier moved its end to {@code until} (the kind stores it where it keeps its end). */
    default void extended(StepContext step, Instant until) {}

    /** The flash message after completing the step with this form. */
    default String doneFlash(F form) {
        return "flash.stepDone";
    }

    /** Whether the person is then shown what was stored ({@code /tasks/done/…}) rather than their steps. */
    default boolean showsWhatWasStored() {
        return true;
    }
}
