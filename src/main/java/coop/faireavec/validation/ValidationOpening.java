package coop.faireavec.validation;

import coop.faireavec.experimentation.Phase;
import org.springframework.stereotype.Component;

/**
 * Called by the BPMN when a collective validation step is created
 * ({@code ${validations.opened(experimentationId, 'phase-1-shared-diagnosis', task.id)}}): records it and freezes the
 * equal-footing rules in force.
 */
@Component("validations")
public class ValidationOpening {

    private final CollectiveValidationService validations;

    ValidationOpening(CollectiveValidationService validations) {
        this.validations = validations;
    }

    /**
     * Records the opening.
     *
     * @param experimentationId the experimentation (the process variable)
     * @param processKey the key of the phase's process
     * @param taskId the created step's engine task id
     * @throws IllegalArgumentException when the key names no phase
     */
    public void opened(long experimentationId, String processKey, String taskId) {
        Phase phase = Phase.ofProcessKey(processKey);
        if (phase == null) {
            throw new IllegalArgumentException("not a phase: " + processKey);
        }
        validations.open(experimentationId, phase.name(), taskId);
    }
}
