package coop.faireavec.actionlead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A lead proposed on the leads page (the same fields as the step "Proposer des pistes"). */
record LeadForm(
        @NotBlank(message = "{form.lead.title.required}") @Size(max = 200, message = "{form.lead.title.tooLong}")
        String title,

        @NotBlank(message = "{form.lead.problem.required}") @Size(max = 4000, message = "{form.lead.problem.tooLong}")
        String problem,

        @Size(max = 4000, message = "{form.lead.description.tooLong}")
        String change,

        @Size(max = 1000, message = "{form.lead.organisations.tooLong}")
        String organisations,

        List<Long> sourceIds) {

    static LeadForm empty() {
        return new LeadForm(null, null, null, null, List.of());
    }

    List<Long> sources() {
        return sourceIds == null ? List.of() : sourceIds;
    }
}
