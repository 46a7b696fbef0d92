package coop.faireavec.task.kind;

import coop.faireavec.shared.ConflictException;
import java.util.Map;

/**
 * A step a meeting serves (planned from its page or linked to it): it has no form and completes when the meeting's
 * minutes are validated by the colleges present ({@code meeting.MeetingSteps}); posting it is a 409.
 */
abstract class MeetingStep implements StepKind<NoForm> {

    private final String formKey;
    private final String meetingKind;

    MeetingStep(String formKey, String meetingKind) {
        this.formKey = formKey;
        this.meetingKind = meetingKind;
    }

    @Override
    public final String formKey() {
        return formKey;
    }

    @Override
    public final Class<NoForm> formType() {
        return null;
    }

    @Override
    public final NoForm emptyForm() {
        return null;
    }

    @Override
    public final String template() {
        return "meeting-step";
    }

    @Override
    public final boolean completedByMeeting() {
        return true;
    }

    @Override
    public final String meetingKind() {
        return meetingKind;
    }

    @Override
    public final Map<String, Object> complete(StepContext step, NoForm form) {
        throw new ConflictException("conflict.meetingStep");
    }
}
