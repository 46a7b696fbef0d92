package coop.faireavec.actionlead;

import java.util.List;

/**
 * A lead as proposed: its title, the problem it answers, what would change, organisations that could take part (the
 * last three may be null), the phase-1 contributions it answers (ids, possibly empty) and its author (a person id:
 * the viewer, or the member a facilitator records it for with their consent).
 */
public record NewLead(
        long authorId, String title, String problem, String change, String organisations, List<Long> sourceIds) {

    public NewLead {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a lead needs a title");
        }
        title = title.strip();
        problem = trimmed(problem);
        change = trimmed(change);
        organisations = trimmed(organisations);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
