package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.Map;
import org.springframework.validation.Errors;

/** The mid-term crossed review decides to continue, adjust or stop an experiment; the engine gets the decision. */
final class MidTermReviewStep extends FormStep<MidTermForm> {

    MidTermReviewStep() {
        super(ProcessConstants.FORM_MID_TERM_REVIEW, MidTermForm.class, () -> new MidTermForm(null, null));
    }

    @Override
    public void validate(MidTermForm form, StepPage page, Errors errors) {
        if (form.decision() == null) {
            errors.rejectValue("decision", "form.decisionRequired");
        }
        requireText(form.body(), "body", errors);
    }

    @Override
    public Map<String, Object> complete(StepContext step, MidTermForm form) {
        if (form.decision() == null) {
            throw new IllegalArgumentException("decision");
        }
        step.store(null, form.decision().name(), text(form.body()));
        return Map.of(ProcessConstants.VAR_EXPERIMENT_DECISION, form.decision().name());
    }
}
