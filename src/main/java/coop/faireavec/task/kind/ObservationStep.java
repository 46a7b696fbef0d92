package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** What people observe while an experiment runs. */
final class ObservationStep extends TextStep {

    ObservationStep() {
        super(ProcessConstants.FORM_OBSERVATION);
    }
}
