package coop.faireavec.experimentation.web;

import coop.faireavec.experimentation.Experimentation;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the edit page sends. Before the start every field is required as on creation (checked in the controller);
 * after the start only the description is sent.
 */
record ExperimentationEditForm(
        @Size(max = 200, message = "{form.experimentation.title.tooLong}")
        String title,

        Long territoryId,

        @Size(max = 4000, message = "{form.experimentation.description.tooLong}")
        String description,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEndDate) {

    static ExperimentationEditForm of(Experimentation e) {
        return new ExperimentationEditForm(
                e.getTitle(), e.getTerritory().getId(), e.getDescription(), e.getStartDate(), e.getPlannedEndDate());
    }
}
