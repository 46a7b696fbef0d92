package coop.faireavec.process;

import java.time.Instant;
import java.util.Set;

/**
 * An open user task as the rest of the application sees it: engine ids and plain data only. {@code name} is the
 * BPMN's own label, for logs: pages show {@code activity.<processKey>.<taskKey>} from the messages.
 * {@code assignedAt} is when the person holding it took it (the task's last update while it has an assignee), else
 * null.
 */
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
        Long leadId,
        Instant assignedAt) {

    public boolean overdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
