package coop.faireavec.meeting;

import java.util.Optional;

/**
 * Which kind of meeting serves a BPMN step, by the step's form key. The step kinds own that answer (the {@code task}
 * feature implements this interface), so the meeting feature asks through it and never depends on {@code task}.
 */
public interface MeetingStepKinds {

    /**
     * @param formKey a user task's form key (e.g. {@code crossed-discussion})
     * @return the kind of meeting whose validated minutes complete that step, or empty for a step completed otherwise
     */
    Optional<MeetingKind> meetingKindFor(String formKey);
}
