package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.Map;
import org.springframework.validation.Errors;

/** The carrier writes the action plan and keeps the leads to test (at least one when some were proposed). */
final class ActionPlanStep extends LeadsStep {

    ActionPlanStep() {
        super(ProcessConstants.FORM_ACTION_PLAN);
    }

    /** Taken up again after a college disagreed, it starts from its latest text. */
    @Override
    public boolean reworkable() {
        return true;
    }

    @Override
    public LeadsForm formFor(StepPage page) {
        return new LeadsForm(null, page.rework() == null ? null : page.rework().previousText());
    }

    @Override
    public void validate(LeadsForm form, StepPage page, Errors errors) {
        checkLeads(form.leadIds(), page, errors, true);
        requireText(form.body(), "body", errors);
    }

    @Override
    public Map<String, Object> complete(StepContext step, LeadsForm form) {
        text(form.body());
        if (form.leadIdsOrEmpty().isEmpty() && step.leadsProposed()) {
            throw new IllegalArgumentException("select at least one lead");
        }
        step.selectLeads(form.leadIdsOrEmpty());
        step.store(null, null, form.body());
        return Map.of();
    }
}
