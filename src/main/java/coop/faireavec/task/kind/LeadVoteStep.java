package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.Map;
import org.springframework.validation.Errors;

/** A college ticks the leads it wants to test (at least one when some were proposed), with an optional comment. */
final class LeadVoteStep extends LeadsStep {

    LeadVoteStep() {
        super(ProcessConstants.FORM_LEAD_VOTE);
    }

    @Override
    public void validate(LeadsForm form, StepPage page, Errors errors) {
        checkLeads(form.leadIds(), page, errors, true);
    }

    @Override
    public Map<String, Object> complete(StepContext step, LeadsForm form) {
        step.voteForLeads(form.leadIdsOrEmpty());
        step.store(null, null, form.body());
        return Map.of();
    }
}
