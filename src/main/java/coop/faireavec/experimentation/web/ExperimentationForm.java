package coop.faireavec.experimentation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the "new experimentation" form sends; checked here, never bound to the entity. */
record ExperimentationForm(
        @NotBlank(message = "{form.experimentation.title.required}")
        @Size(max = 200, message = "{form.experimentation.title.tooLong}")
        String title,

        Long territoryId,

        @Size(max = 200, message = "{form.experimentation.newTerritoryName.tooLong}")
        String newTerritoryName,

        @NotBlank(message = "{form.experimentation.carrierOrganisation.required}")
        @Size(max = 200, message = "{form.experimentation.carrierOrganisation.tooLong}")
        String carrierOrganisation,

        @Size(max = 4000, message = "{form.experimentation.description.tooLong}")
        String description,

        @NotNull(message = "{form.experimentation.startDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEndDate,
        @NotBlank(message = "{form.templateUnknown}") String templateKey) {

    static ExperimentationForm empty(String templateKey) {
        return new ExperimentationForm(null, null, null, null, null, LocalDate.now(), null, templateKey);
    }
}
