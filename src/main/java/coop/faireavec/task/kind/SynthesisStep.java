package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** The carrier drafts the diagnosis synthesis from what the colleges said. */
final class SynthesisStep extends TextStep {

    SynthesisStep() {
        super(ProcessConstants.FORM_SYNTHESIS);
    }

    /** Taken up again after a "no", it starts from its latest text. */
    @Override
    public boolean reworkable() {
        return true;
    }
}
