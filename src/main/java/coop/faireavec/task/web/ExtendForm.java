package coop.faireavec.task.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A carrier gives a shared step more time.
 *
 * @param until the new last day (a date in the platform's time zone; the step ends at the end of that day), later
 *     than today and than the present end
 */
record ExtendForm(
        @NotNull(message = "{form.extendUntil.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate until) {

    static ExtendForm empty() {
        return new ExtendForm(null);
    }
}
