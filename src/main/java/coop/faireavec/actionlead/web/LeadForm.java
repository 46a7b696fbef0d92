package coop.faireavec.actionlead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LeadForm(
        @NotBlank(message = "{form.lead.title.required}") @Size(max = 200, message = "{form.lead.title.tooLong}")
        String title,

        @Size(max = 4000, message = "{form.lead.description.tooLong}")
        String description) {

    static LeadForm empty() {
        return new LeadForm(null, null);
    }
}
