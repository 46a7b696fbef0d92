package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/**
 * "Proposer des pistes": the call for leads, one step shared by every member (issue #13 point 2). Each member's
 * form proposes one lead (they may come back and propose more until the call closes); their part is done once they
 * proposed one. The step completes when a carrier closes the call or its time is up (the BPMN's interrupting timer).
 * The details beside the form are the phase-1 contributions a lead may answer ({@link StepContext.LeadSource}).
 */
final class CallForLeadsStep extends FormStep<ProposeLeadForm> {

    CallForLeadsStep() {
        super(ProcessConstants.FORM_CLOSE_CALL_FOR_LEADS, ProposeLeadForm.class, ProposeLeadForm::empty);
    }

    @Override
    public boolean sharedByMembers() {
        return true;
    }

    @Override
    public boolean partDone(StepContext step) {
        return step.authorProposedLead();
    }

    @Override
    public Object sharedDetails(StepContext step) {
        return step.leadSources();
    }

    @Override
    public Map<String, Object> close(StepContext step, String reason) {
        // nothing to store: the leads are there; the crossed discussion follows
        return Map.of();
    }

    @Override
    public boolean showsLeads() {
        return true;
    }

    /** The chosen sources must be among the phase-1 contributions shown. */
    @Override
    public void validate(ProposeLeadForm form, StepPage page, Errors errors) {
        if (form.sources().isEmpty()) {
            return;
        }
        Set<Long> known = page.shared() != null && page.shared().details() instanceof List<?> sources
                ? sources.stream()
                        .filter(StepContext.LeadSource.class::isInstance)
                        .map(s -> ((StepContext.LeadSource) s).id())
                        .collect(Collectors.toSet())
                : Set.of();
        if (!known.containsAll(form.sources())) {
            errors.rejectValue("sourceIds", "form.lead.sources.unknown");
        }
    }

    @Override
    public Map<String, Object> complete(StepContext step, ProposeLeadForm form) {
        step.proposeLead(text(form.title()), form.problem(), form.change(), form.organisations(), form.sources());
        return Map.of();
    }

    @Override
    public String doneFlash(ProposeLeadForm form) {
        return "flash.leadProposed";
    }

    @Override
    public boolean showsWhatWasStored() {
        return false;
    }
}
