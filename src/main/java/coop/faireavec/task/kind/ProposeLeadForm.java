package coop.faireavec.task.kind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One lead proposed on the step "Proposer des pistes": its title, the problem it answers, what would change,
 * organisations that could take part, and the phase-1 contributions it answers (ids, chosen by its author).
 */
public record ProposeLeadForm(
        @NotBlank(message = "{form.lead.title.required}") @Size(max = 200, message = "{form.lead.title.tooLong}")
        String title,

        @NotBlank(message = "{form.lead.problem.required}") @Size(max = 4000, message = "{form.lead.problem.tooLong}")
        String problem,

        @Size(max = 4000, message = "{form.lead.description.tooLong}")
        String change,

        @Size(max = 1000, message = "{form.lead.organisations.tooLong}")
        String organisations,

        List<Long> sourceIds) {

    /** An empty form. */
    public static ProposeLeadForm empty() {
        return new ProposeLeadForm(null, null, null, null, List.of());
    }

    /** The chosen sources, never null. */
    public List<Long> sources() {
        return sourceIds == null ? List.of() : sourceIds;
    }
}
