package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import java.util.Map;

/** The carrier closes the call for leads before its time is up: nothing to store, back to the list of steps. */
final class CloseCallForLeadsStep extends FormStep<NoForm> {

    CloseCallForLeadsStep() {
        super(ProcessConstants.FORM_CLOSE_CALL_FOR_LEADS, NoForm.class, NoForm::new);
    }

    @Override
    public boolean showsLeads() {
        return true;
    }

    @Override
    public Map<String, Object> complete(StepContext step, NoForm form) {
        return Map.of();
    }

    @Override
    public boolean showsWhatWasStored() {
        return false;
    }
}
