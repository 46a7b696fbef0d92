package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** A mixed team plans one experiment. */
final class ExperimentPlanStep extends TextStep {

    ExperimentPlanStep() {
        super(ProcessConstants.FORM_EXPERIMENT_PLAN);
    }

    /** Taken up again after a "no", it starts from its latest text. */
    @Override
    public boolean reworkable() {
        return true;
    }
}
