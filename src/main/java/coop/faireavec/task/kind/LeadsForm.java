package coop.faireavec.task.kind;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Leads chosen among the proposed ones (ids), with a text. */
public record LeadsForm(
        List<Long> leadIds,
        @Size(max = 8000, message = "{form.tooLong}") String body) {

    /** The chosen lead ids, empty when none. */
    public List<Long> leadIdsOrEmpty() {
        return leadIds == null ? List.of() : leadIds;
    }
}
