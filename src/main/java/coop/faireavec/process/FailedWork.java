package coop.faireavec.process;

import java.time.Instant;

/**
 * Engine work that failed after the engine's retries (an open incident on a job), for the operations page: engine ids
 * and plain data only.
 *
 * @param jobId the failed job (the id "Relancer" sends back)
 * @param experimentationId the experimentation it belongs to (the process's business key), -1 if unknown
 * @param processKey the key of the process it belongs to (e.g. {@code phase-1-shared-diagnosis})
 * @param stepKey the step it is about: the user task a timer is attached to, else the activity itself (a key for
 *     {@code shared.StepNames})
 * @param activityId the BPMN activity whose job failed (e.g. {@code PeerSessionsReminderDue})
 * @param message the error message the engine kept (as the exception said it; escape it when shown)
 * @param since when the incident was opened (UTC instant)
 */
public record FailedWork(
        String jobId,
        long experimentationId,
        String processKey,
        String stepKey,
        String activityId,
        String message,
        Instant since) {}
