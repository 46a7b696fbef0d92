package coop.faireavec.task.kind;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The carrier writes the action plan and keeps the leads to test (at least one when some were proposed). It starts
 * from the vote (issue #13, point 4): the top {@code preselectedLeads} leads of the overall result are checked, the
 * per-college results are shown beside them, and every change against that preselection needs its reason (shown by
 * the collective validation, {@code vote.VoteService#selectionChanges}).
 */
final class ActionPlanStep extends FormStep<PlanForm> {

    ActionPlanStep() {
        super(ProcessConstants.FORM_ACTION_PLAN, PlanForm.class, () -> new PlanForm(null, null, null));
    }

    @Override
    public boolean showsLeads() {
        return true;
    }

    @Override
    public boolean showsVoteResults() {
        return true;
    }

    /** Taken up again after a college disagreed, it starts from its latest text. */
    @Override
    public boolean reworkable() {
        return true;
    }

    /** Starts with the vote's preselection checked (or, taken up again, the leads kept last time). */
    @Override
    public PlanForm formFor(StepPage page) {
        List<Long> checked = new ArrayList<>();
        List<PlanForm.Reason> reasons = new ArrayList<>();
        for (ActionLead lead : page.leads()) {
            boolean keep = page.rework() != null ? lead.isSelected() : preselected(page, lead.getId());
            if (keep) {
                checked.add(lead.getId());
            }
            reasons.add(new PlanForm.Reason(lead.getId(), null));
        }
        return new PlanForm(
                checked, reasons, page.rework() == null ? null : page.rework().previousText());
    }

    @Override
    public void validate(PlanForm form, StepPage page, Errors errors) {
        checkLeads(form.leadIds(), page, errors, true);
        requireText(form.body(), "body", errors);
        List<PlanForm.Reason> reasons = form.reasons() == null ? List.of() : form.reasons();
        for (int i = 0; i < page.leads().size(); i++) {
            long id = page.leads().get(i).getId();
            boolean changed = form.leadIdsOrEmpty().contains(id) != preselected(page, id);
            if (!changed) {
                continue;
            }
            PlanForm.Reason reason = i < reasons.size() ? reasons.get(i) : null;
            if (reason == null || reason.leadId() == null || reason.leadId() != id) {
                errors.reject("form.plan.changeReason");
            } else if (blank(reason.text())) {
                errors.rejectValue("reasons[" + i + "].text", "form.plan.changeReason");
            }
        }
    }

    private static boolean preselected(StepPage page, long leadId) {
        return page.votes() != null && page.votes().preselects(leadId);
    }

    @Override
    public Map<String, Object> complete(StepContext step, PlanForm form) {
        text(form.body());
        if (form.leadIdsOrEmpty().isEmpty() && step.leadsProposed()) {
            throw new IllegalArgumentException("select at least one lead");
        }
        step.selectLeads(form.leadIdsOrEmpty());
        step.recordSelectionChanges(form.leadIdsOrEmpty(), form.reasonsByLead());
        step.store(null, null, form.body());
        return Map.of();
    }
}
