package coop.faireavec.experimentation;

import coop.faireavec.process.ProcessConstants;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Thin bean called from experimentation.bpmn execution listeners, e.g.
 * {@code ${phaseListener.entered(execution, 'SHARED_DIAGNOSIS')}}: keeps the app table in step with the flow.
 */
@Component("phaseListener")
public class PhaseListener {

    private final ExperimentationService experimentations;

    PhaseListener(ExperimentationService experimentations) {
        this.experimentations = experimentations;
    }

    public void entered(DelegateExecution execution, String phase) {
        experimentations.enterPhase(experimentationId(execution), Phase.valueOf(phase));
    }

    public void closed(DelegateExecution execution) {
        experimentations.close(experimentationId(execution));
    }

    private static long experimentationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessConstants.VAR_EXPERIMENTATION_ID)).longValue();
    }
}
