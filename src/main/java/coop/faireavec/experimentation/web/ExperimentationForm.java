package coop.faireavec.experimentation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the "new experimentation" form sends; checked here, never bound to the entity. */
record ExperimentationForm(
        @NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.tooLong}") String title,
        Long territoryId,
        @Size(max = 200, message = "{form.tooLong}") String newTerritoryName,
        @NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.tooLong}") String carrierOrganisation,
        @Size(max = 4000, message = "{form.tooLong}") String description,
        @NotNull(message = "{form.dateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEndDate,
        @NotBlank(message = "{form.required}") String templateKey) {

    static ExperimentationForm empty(String templateKey) {
        return new ExperimentationForm(null, null, null, null, null, LocalDate.now(), null, templateKey);
    }
}
