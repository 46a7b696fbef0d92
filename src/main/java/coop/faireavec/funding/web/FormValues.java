package coop.faireavec.funding.web;

import coop.faireavec.funding.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Reads the funding forms' fields, which stay text so that whatever was typed comes back on the page. Each refusal
 * names its field: the message gets the field's label ({@code funding.field.<field>}) as its first argument.
 */
final class FormValues {

    /** Dates a person may give: the method runs over a few years, never in year 1 or 9999. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private FormValues() {}

    static void reject(Errors errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(
                    field, code, new Object[] {new DefaultMessageSourceResolvable("funding.field." + field)}, null);
        }
    }

    static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** A text, stripped; null when blank (a refusal when required) or too long. */
    static String text(Errors errors, String field, String typed, boolean required, int max) {
        if (blank(typed)) {
            if (required) {
                reject(errors, field, "funding.form.required");
            }
            return null;
        }
        String s = typed.strip();
        if (s.length() > max) {
            errors.rejectValue(
                    field,
                    "funding.form.tooLong",
                    new Object[] {new DefaultMessageSourceResolvable("funding.field." + field), max},
                    null);
            return null;
        }
        return s;
    }

    /** An amount in euros ({@link Amounts#parse}); null when blank (a refusal when required) or not an amount. */
    static BigDecimal amount(Errors errors, String field, String typed, boolean required) {
        if (blank(typed)) {
            if (required) {
                reject(errors, field, "funding.form.required");
            }
            return null;
        }
        Optional<BigDecimal> amount = Amounts.parse(typed);
        if (amount.isEmpty()) {
            reject(errors, field, Amounts.tooLarge(typed) ? "funding.form.amountTooLarge" : "funding.form.amount");
        }
        return amount.orElse(null);
    }

    /** A date as a date field sends it (yyyy-MM-dd), between 2000 and 2100; null when blank or refused. */
    static LocalDate date(Errors errors, String field, String typed, boolean required) {
        if (blank(typed)) {
            if (required) {
                reject(errors, field, "funding.form.required");
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(typed.strip());
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                reject(errors, field, "funding.form.date");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            reject(errors, field, "funding.form.date");
            return null;
        }
    }

    /** One of an enum's names; null when blank (a refusal when required) or not one of them. */
    static <E extends Enum<E>> E choice(Errors errors, String field, String typed, Class<E> type, boolean required) {
        if (blank(typed)) {
            if (required) {
                reject(errors, field, "funding.form.choose");
            }
            return null;
        }
        Optional<E> value = Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(typed.strip()))
                .findFirst();
        if (value.isEmpty()) {
            reject(errors, field, "funding.form.choose");
        }
        return value.orElse(null);
    }

    /** An id among the experimentation's funders (the page lists them); null when blank or refused. */
    static Long funderId(
            Errors errors, String field, String typed, java.util.Collection<Long> known, boolean required) {
        if (blank(typed)) {
            if (required) {
                reject(errors, field, "funding.form.choose");
            }
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            if (known.contains(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        reject(errors, field, "funding.form.choose");
        return null;
    }

    /** An amount as a form shows it again ("1250.50"); empty for none. */
    static String shown(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    static String shown(Object value) {
        return value == null ? "" : value.toString();
    }
}
