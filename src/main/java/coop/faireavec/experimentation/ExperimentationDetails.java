package coop.faireavec.experimentation;

import java.time.LocalDate;

/**
 * What a carrier may correct on an experimentation: before its start all of it, after its start only the
 * description. A null field (other than the description) means "not sent, unchanged".
 *
 * @param title the name shown everywhere
 * @param territoryId an existing territory the viewer may use
 * @param description free text, blank for none
 * @param startDate the day it starts (local date, no time zone)
 * @param plannedEndDate the planned last day, after the start, or null
 */
public record ExperimentationDetails(
        String title, Long territoryId, String description, LocalDate startDate, LocalDate plannedEndDate) {

    /** Whether this asks to change anything but the description of {@code e} (refused once it has started). */
    boolean changesMoreThanDescription(Experimentation e) {
        return (title != null && !title.trim().equals(e.getTitle()))
                || (territoryId != null && !territoryId.equals(e.getTerritory().getId()))
                || (startDate != null && !startDate.equals(e.getStartDate()))
                || (plannedEndDate != null && !plannedEndDate.equals(e.getPlannedEndDate()));
    }
}
