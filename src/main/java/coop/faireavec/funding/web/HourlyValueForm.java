package coop.faireavec.funding.web;

import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** The hourly value of time given, in euros, as the carrier types it. */
record HourlyValueForm(String hourlyValue, Long version) {

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /** The value, or null with the error recorded. */
    BigDecimal validate(Errors errors) {
        return FormValues.amount(errors, "hourlyValue", hourlyValue, true);
    }
}
