package coop.faireavec.process;

import java.time.Instant;
import java.util.List;

/**
 * A user task of one phase as the engine's history keeps it (open or ended), for reports: engine ids and plain data
 * only, never a person.
 *
 * @param id the task id
 * @param taskKey the BPMN activity id (e.g. {@code WritePhaseReport})
 * @param processKey the phase process's key
 * @param offeredTo what the candidate groups stand for, without the experimentation: roles in lower case
 *     ({@code carrier}, {@code committee}, {@code participant}) or college names ({@code LIVED_EXPERIENCE}...)
 * @param created when the step was offered (UTC)
 * @param due its due date, null when none
 * @param ended when it ended, null while open
 * @param completed true when someone completed it (false while open or when the flow went on without it)
 */
public record StepHistory(
        String id,
        String taskKey,
        String processKey,
        List<String> offeredTo,
        Instant created,
        Instant due,
        Instant ended,
        boolean completed) {}
