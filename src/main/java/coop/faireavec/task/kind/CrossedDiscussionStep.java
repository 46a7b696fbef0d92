package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** A crossed discussion between the colleges: served by a crossed-discussion meeting; in phase 2, on the leads. */
final class CrossedDiscussionStep extends MeetingStep {

    CrossedDiscussionStep() {
        super(ProcessConstants.FORM_CROSSED_DISCUSSION, "CROSSED_DISCUSSION");
    }

    @Override
    public boolean showsLeads() {
        return true;
    }
}
