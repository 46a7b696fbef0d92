package coop.faireavec.experiment;

import coop.faireavec.contribution.ConsentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The observation form, on the experiment page and in the RecordObservations step: the day, one value per active
 * indicator (in the plan's order, blank when not measured), a short narrative. Everything is kept as typed (strings)
 * so that a wrong value comes back in the page with its message. On the experiment page, a carrier (or an allowed
 * practitioner) may record it for a team member: {@code onBehalfOf} with the consent; the step page has its own
 * "for whom" fields and ignores these.
 */
public record ObservationForm(
        String observedOn,
        List<String> values,
        String narrative,
        Long onBehalfOf,
        ConsentKind consentKind,
        String consentNote) {

    /** The values as a list that can grow (a page asks for a row the post did not send), never null. */
    public ObservationForm {
        values = values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    /** Longest narrative, in characters. */
    public static final int MAX_NARRATIVE = 2000;

    /** An empty form for these indicators, dated today. */
    public static ObservationForm empty(int indicators, LocalDate today) {
        List<String> blanks = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            blanks.add("");
        }
        return new ObservationForm(today.toString(), blanks, null, null, null, null);
    }

    /** The value typed for the i-th indicator, or null. */
    public String value(int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    /**
     * Checks the form against the experiment's active indicators, each error next to its field (messages in plain
     * words), and returns what to store.
     *
     * @param indicators the active indicators, in the order of the form's values
     * @param today the platform's today: an observation is not about a day to come
     * @param errors where field errors go ({@code observedOn}, {@code values[i]}, {@code narrative})
     * @return the observation, or null when some field is wrong
     */
    public NewObservation check(List<ExperimentView.IndicatorView> indicators, LocalDate today, Errors errors) {
        LocalDate on = null;
        if (observedOn == null || observedOn.isBlank()) {
            errors.rejectValue("observedOn", "form.observation.dateRequired");
        } else {
            try {
                on = LocalDate.parse(observedOn.strip());
                if (on.isAfter(today)) {
                    errors.rejectValue("observedOn", "form.observation.dateInFuture");
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("observedOn", "form.observation.dateInvalid");
            }
        }
        Map<Long, BigDecimal> measured = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String typed = value(i);
            if (typed == null || typed.isBlank()) {
                continue;
            }
            BigDecimal number = number(typed);
            if (number == null) {
                errors.rejectValue(
                        "values[" + i + "]",
                        "form.observation.valueNotANumber",
                        new Object[] {indicators.get(i).name()},
                        null);
            } else {
                measured.put(indicators.get(i).id(), number);
            }
        }
        boolean noText = narrative == null || narrative.isBlank();
        if (!noText && narrative.length() > MAX_NARRATIVE) {
            errors.rejectValue("narrative", "form.observation.narrativeTooLong");
        } else if (noText && measured.isEmpty() && !errors.hasFieldErrors("values*")) {
            errors.rejectValue("narrative", "form.observation.empty");
        }
        if (errors.hasErrors() || on == null) {
            return null;
        }
        return new NewObservation(on, measured, noText ? null : narrative.strip());
    }

    /** A number as people type it: "12", "12,5", "12.5", "1 200"; null when it is not one. */
    static BigDecimal number(String typed) {
        String s = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!s.matches("-?\\d{1,13}(\\.\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
