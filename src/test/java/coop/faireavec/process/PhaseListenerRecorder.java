package coop.faireavec.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the phaseListener bean in plain process tests and records what the process told it. */
public class PhaseListenerRecorder {

    private final List<String> calls;

    public PhaseListenerRecorder(List<String> calls) {
        this.calls = calls;
    }

    public void entered(DelegateExecution execution, String phase) {
        calls.add(phase + ":" + execution.getVariable(ProcessConstants.VAR_EXPERIMENTATION_ID));
    }

    public void closed(DelegateExecution execution) {
        calls.add("CLOSED:" + execution.getVariable(ProcessConstants.VAR_EXPERIMENTATION_ID));
    }
}
