package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** Each college evaluates the experimentation. */
final class CollegeEvaluationStep extends TextStep {

    CollegeEvaluationStep() {
        super(ProcessConstants.FORM_COLLEGE_EVALUATION);
    }
}
