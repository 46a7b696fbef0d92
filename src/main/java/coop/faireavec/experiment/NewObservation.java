package coop.faireavec.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A checked observation, ready to store (see {@link ObservationForm#check}).
 *
 * @param observedOn the day it is about (the platform's time zone), not in the future
 * @param values measured value per indicator id (only active indicators of the experiment)
 * @param narrative a short text, may be null when some value was given
 */
public record NewObservation(LocalDate observedOn, Map<Long, BigDecimal> values, String narrative) {

    public NewObservation {
        values = Map.copyOf(values);
    }
}
