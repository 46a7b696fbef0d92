package coop.faireavec.admin.web;

import coop.faireavec.territory.Territory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A territory's name and the communes it covers, as typed by an administrator. */
record TerritoryForm(
        @NotBlank(message = "{form.territory.nameRequired}") @Size(max = 200, message = "{form.territory.nameTooLong}")
        String name,

        @Size(max = 2000, message = "{form.territory.descriptionTooLong}")
        String description) {

    static TerritoryForm empty() {
        return new TerritoryForm("", "");
    }

    static TerritoryForm of(Territory t) {
        return new TerritoryForm(t.getName(), t.getDescription());
    }
}
