package coop.faireavec.task.kind;

import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingStepKinds;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the meeting feature which kind of meeting each step kind completed by a meeting asks for. */
@Component
class MeetingStepsFromKinds implements MeetingStepKinds {

    @Override
    public Optional<MeetingKind> meetingKindFor(String formKey) {
        StepKind<?> kind = StepKinds.of(formKey);
        return kind.completedByMeeting() ? Optional.of(MeetingKind.valueOf(kind.meetingKind())) : Optional.empty();
    }
}
