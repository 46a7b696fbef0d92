package coop.faireavec.task.kind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The action plan: the leads kept (the vote's top leads checked to start with), the reason for each change against
 * that preselection, and the plan's text.
 *
 * @param leadIds the kept lead ids, null when none is checked
 * @param reasons one line per lead shown (in the page's order): why its selection differs from the preselection
 * @param body the plan (what, with whom, when)
 */
public record PlanForm(
        List<Long> leadIds,
        @Valid List<Reason> reasons,
        @Size(max = 8000, message = "{form.tooLong}") String body) {

    /**
     * Why one lead's selection differs from the vote's preselection.
     *
     * @param leadId the lead (a hidden field)
     * @param text the reason, blank when the lead keeps its preselection
     */
    public record Reason(
            Long leadId,

            @Size(max = 2000, message = "{form.plan.changeReason.tooLong}")
            String text) {}

    /** The kept lead ids, empty when none. */
    public List<Long> leadIdsOrEmpty() {
        return leadIds == null ? List.of() : leadIds;
    }

    /** The reasons given, by lead id (blank ones left out). */
    public Map<Long, String> reasonsByLead() {
        Map<Long, String> byLead = new HashMap<>();
        if (reasons != null) {
            for (Reason r : reasons) {
                if (r != null
                        && r.leadId() != null
                        && r.text() != null
                        && !r.text().isBlank()) {
                    byLead.put(r.leadId(), r.text().strip());
                }
            }
        }
        return byLead;
    }
}
