package coop.faireavec.process;

import java.time.Instant;

/**
 * A user task that is no longer open, as the engine's history remembers it: engine ids and plain data only.
 *
 * @param id the task id (the one in {@code /tasks/{id}} links)
 * @param name the step's name as drawn in the BPMN
 * @param taskKey the BPMN activity id (e.g. {@code KickOffMeeting}), also the {@code activity.*} message key suffix
 * @param processKey the key of the process it belongs to (a phase process)
 * @param experimentationId the experimentation it belongs to (the process's business key), -1 if unknown
 * @param assignee the engine user who held it when it ended ({@code person-<id>}), or null if nobody took it
 * @param ended when it ended (UTC instant)
 * @param completed true when someone completed it; false when the flow went on without it (e.g. a boundary event)
 */
public record FinishedStep(
        String id,
        String name,
        String taskKey,
        String processKey,
        long experimentationId,
        String assignee,
        Instant ended,
        boolean completed) {}
