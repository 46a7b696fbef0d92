package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** The phase report the steering committee will review (in phase 4, the final report). */
final class PhaseReportStep extends TextStep {

    PhaseReportStep() {
        super(ProcessConstants.FORM_PHASE_REPORT);
    }

    /** Taken up again after a "no", it starts from its latest text. */
    @Override
    public boolean reworkable() {
        return true;
    }
}
