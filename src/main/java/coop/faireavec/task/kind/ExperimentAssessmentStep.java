package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** A short assessment closes one experiment. */
final class ExperimentAssessmentStep extends TextStep {

    ExperimentAssessmentStep() {
        super(ProcessConstants.FORM_EXPERIMENT_ASSESSMENT);
    }
}
