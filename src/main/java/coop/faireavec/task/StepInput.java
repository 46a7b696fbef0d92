package coop.faireavec.task;

import java.util.List;

/** What a step form sends; which fields matter depends on the kind of step (its form key). */
public record StepInput(String body, String decision, List<Long> leadIds, String whatWorked, String conditions,
                        String transferKit) {

    public List<Long> leadIdsOrEmpty() {
        return leadIds == null ? List.of() : leadIds;
    }
}
