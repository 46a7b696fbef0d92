package coop.faireavec.process;

import coop.faireavec.shared.ConflictException;

/**
 * The engine refused to complete a step because another transaction changed it first (Camunda's optimistic locking:
 * someone completed or closed the same step at the same moment, or a timer moved its process on), or the step was
 * gone by the time the engine looked. Nothing of the request is kept (the caller's transaction rolls back); the web
 * layer says who did it first when the step is finished, else shows the 409 page.
 */
public class StepRaceLostException extends ConflictException {

    private final String taskId;

    /** @param taskId the engine task id of the step that could not be completed */
    public StepRaceLostException(String taskId, Throwable cause) {
        super("conflict.alreadyDoneOrChanged");
        this.taskId = taskId;
        initCause(cause);
    }

    /** The engine task id of the step. */
    public String getTaskId() {
        return taskId;
    }
}
