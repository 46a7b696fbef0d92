package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * A college agrees with the synthesis (phase 1) or the action plan (phase 2), or says what must change: then the
 * comment is required and the engine gets {@code validationRejected} to send the text back.
 */
final class CollegeValidationStep extends FormStep<ValidationForm> {

    CollegeValidationStep() {
        super(ProcessConstants.FORM_COLLEGE_VALIDATION, ValidationForm.class, () -> new ValidationForm(null, null));
    }

    @Override
    public String stepToRead(Phase phase) {
        return phase == Phase.ACTION_LEADS
                ? ProcessConstants.TASK_WRITE_ACTION_PLAN
                : ProcessConstants.TASK_DRAFT_SYNTHESIS;
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
        Map<String, Object> variables = new HashMap<>();
        if (form.decision() == Agreement.DISAGREE) {
            text(form.body());
            variables.put(ProcessConstants.VAR_VALIDATION_REJECTED, true);
        }
        step.store(null, form.decision().name(), form.body());
        return variables;
    }
}
