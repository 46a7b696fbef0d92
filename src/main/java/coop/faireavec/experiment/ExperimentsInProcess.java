package coop.faireavec.experiment;

import coop.faireavec.process.ProcessConstants;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Read by phase-3-experimenting.bpmn when the observation timer fires ({@code
 * ${experiments.observedSince(experimentationId, leadId, observationCycle)}}): the step asking for observations is
 * created only when none came in during the cycle.
 */
@Component(ProcessConstants.BEAN_EXPERIMENTS)
public class ExperimentsInProcess {

    private final ExperimentService experiments;
    private final Clock clock;

    ExperimentsInProcess(ExperimentService experiments, Clock clock) {
        this.experiments = experiments;
        this.clock = clock;
    }

    /**
     * Whether the lead's experiment got an observation during the last cycle.
     *
     * @param cycle an ISO-8601 duration ({@code P14D}; a period such as {@code P1M} is read in the clock's zone)
     * @return true when an observation was recorded after now minus the cycle; false otherwise, or before the plan
     * @throws IllegalArgumentException for a cycle that is not an ISO-8601 duration
     */
    public boolean observedSince(long experimentationId, long leadId, String cycle) {
        return experiments.observedSince(experimentationId, leadId, cycleStart(cycle));
    }

    private java.time.Instant cycleStart(String cycle) {
        try {
            return clock.instant().minus(Duration.parse(cycle));
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.now(clock).minus(Period.parse(cycle)).toInstant();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("not an ISO-8601 duration: " + cycle, again);
            }
        }
    }
}
