package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import java.util.Map;

/**
 * The phase report the steering committee will review (in phase 4, the final report). Completing it generates the
 * phase's report workbook, the version the committee reads.
 */
final class PhaseReportStep extends TextStep {

    PhaseReportStep() {
        super(ProcessConstants.FORM_PHASE_REPORT);
    }

    @Override
    public Map<String, Object> complete(StepContext step, TextForm form) {
        Map<String, Object> variables = super.complete(step, form);
        step.phaseReportWritten();
        return variables;
    }

    /** Taken up again after a "no", it starts from its latest text. */
    @Override
    public boolean reworkable() {
        return true;
    }
}
