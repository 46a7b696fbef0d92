package coop.faireavec.web;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * Dates people type for meetings and experimentations must be plausible: between 1 January 2000 and 31 December
 * 2100. A browser's date field accepts year 0001 or 9999, which would give absurd pages and calendar files (an
 * {@code .ics} in year 0001 gets the zone's local mean time, 14:50:39 instead of 14:00).
 */
public final class PlausibleDates {

    /** The first and last dates accepted (local dates, no time zone). */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {}

    /**
     * Rejects {@code field} with {@code messageKey} (a message that names the field, taking the first and last years
     * as arguments) when {@code date} is outside {@link #FIRST}..{@link #LAST}; a null date is left to the field's
     * own "required" check.
     */
    public static void check(LocalDate date, String field, String messageKey, Errors errors) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST)) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(
                    field,
                    messageKey,
                    new Object[] {String.valueOf(FIRST.getYear()), String.valueOf(LAST.getYear())},
                    messageKey);
        }
    }
}
