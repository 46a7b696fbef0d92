package coop.faireavec.experimentation;

import java.time.LocalDate;

/** What it takes to create an experimentation; either an existing territory or (admins) a new territory name. */
public record NewExperimentation(
        String title,
        Long territoryId,
        String newTerritoryName,
        String carrierOrganisation,
        String description,
        LocalDate startDate,
        LocalDate plannedEndDate,
        String templateKey) {}
