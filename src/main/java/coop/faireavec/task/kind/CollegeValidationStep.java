package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * A collective validation of the synthesis (phase 1), the action plan (phase 2) or the capitalisation (phase 4): one step shared by every member
 * with a college. Each member answers — agree, or object with a reason (then required) — and may answer again until a
 * carrier closes it, which replaces their answer. The close tallies the answers college by college
 * ({@code validation.CollectiveValidationService}) and gives the engine {@code validationRejected} when the text is
 * not validated, which sends it back to its rework step with the objections.
 */
final class CollegeValidationStep extends FormStep<ValidationForm> {

    CollegeValidationStep() {
        super(ProcessConstants.FORM_COLLEGE_VALIDATION, ValidationForm.class, () -> new ValidationForm(null, null));
    }

    /** In phase 2, the action plan's changes against the vote are shown with the plan to validate. */
    @Override
    public boolean showsPlanChanges() {
        return true;
    }

    @Override
    public String stepToRead(Phase phase) {
        if (phase == Phase.ACTION_LEADS) {
            return ProcessConstants.TASK_WRITE_ACTION_PLAN;
        }
        return phase == Phase.CONSOLIDATION
                ? ProcessConstants.TASK_ASSEMBLE_CAPITALISATION
                : ProcessConstants.TASK_DRAFT_SYNTHESIS;
    }

    @Override
    public boolean sharedByMembers() {
        return true;
    }

    @Override
    public boolean partDone(StepContext step) {
        return step.validationAnswered();
    }

    @Override
    public Object sharedDetails(StepContext step) {
        return step.validationView();
    }

    @Override
    public boolean closingNeedsReason(StepContext step) {
        return step.validationClosingNeedsReason();
    }

    @Override
    public Map<String, Object> close(StepContext step, String reason) {
        boolean validated = step.closeValidation(reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessConstants.VAR_VALIDATION_REJECTED, !validated);
        return variables;
    }

    @Override
    public void extended(StepContext step, Instant until) {
        step.validationExtended(until);
    }

    @Override
    public void validate(ValidationForm form, StepPage page, Errors errors) {
        if (form.decision() == null) {
            errors.rejectValue("decision", "form.decisionRequired");
        } else if (form.decision() == Agreement.DISAGREE) {
            requireText(form.body(), "body", errors, "form.disagreeCommentRequired");
        }
    }

    @Override
    public Map<String, Object> complete(StepContext step, ValidationForm form) {
        if (form.decision() == null) {
            throw new IllegalArgumentException("decision");
        }
        if (form.decision() == Agreement.DISAGREE) {
            text(form.body());
        }
        step.answerValidation(form.decision() == Agreement.AGREE, form.body());
        return Map.of();
    }

    /** A member's answer leaves the step open: they go back to their steps, where it shows done. */
    @Override
    public boolean showsWhatWasStored() {
        return false;
    }

    @Override
    public String doneFlash(ValidationForm form) {
        return "flash.validationAnswered";
    }
}
