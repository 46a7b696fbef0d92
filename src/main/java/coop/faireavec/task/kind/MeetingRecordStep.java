package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** A meeting of all colleges (the kick-off): served by a plenary meeting. */
final class MeetingRecordStep extends MeetingStep {

    MeetingRecordStep() {
        super(ProcessConstants.FORM_MEETING_RECORD, "PLENARY");
    }
}
