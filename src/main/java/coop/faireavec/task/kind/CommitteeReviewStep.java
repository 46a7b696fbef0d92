package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The steering committee approves the phase (the next phase starts, or the experimentation ends after phase 4) or
 * asks for changes with a comment (back into the phase); the engine gets {@code reviewApproved}. Only the committee
 * decides: nobody fills it in for someone.
 */
final class CommitteeReviewStep extends FormStep<ReviewForm> {

    CommitteeReviewStep() {
        super(ProcessConstants.FORM_COMMITTEE_REVIEW, ReviewForm.class, () -> new ReviewForm(null, null));
    }

    @Override
    public boolean isReview() {
        return true;
    }

    @Override
    public String stepToRead(Phase phase) {
        return ProcessConstants.TASK_WRITE_PHASE_REPORT;
    }

    @Override
    public void validate(ReviewForm form, StepPage page, Errors errors) {
        if (Boolean.FALSE.equals(form.approved()) && blank(form.comment())) {
            errors.rejectValue("comment", "form.commentRequired");
        }
    }

    @Override
    public Map<String, Object> complete(StepContext step, ReviewForm form) {
        if (form.approved() == null) {
            throw new IllegalArgumentException("decision");
        }
        step.recordReview(form.approved(), form.comment());
        return Map.of(ProcessConstants.VAR_REVIEW_APPROVED, form.approved());
    }

    @Override
    public String doneFlash(ReviewForm form) {
        return Boolean.TRUE.equals(form.approved()) ? "flash.phaseApproved" : "flash.changesRequested";
    }

    @Override
    public boolean showsWhatWasStored() {
        return false;
    }
}
