package coop.faireavec.process;

import java.time.Instant;
import java.util.Set;

/** An open user task as the rest of the application sees it: engine ids and plain data only. */
public record StepView(
        String id,
        String name,
        String taskKey,
        String formKey,
        String processKey,
        long experimentationId,
        Set<String> candidateGroups,
        String assignee,
        Instant created,
        Instant due,
        String college,
        Long leadId) {

    public boolean overdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
