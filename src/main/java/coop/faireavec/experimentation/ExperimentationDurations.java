package coop.faireavec.experimentation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Read by the BPMN files ({@code ${durations.callForLeads(experimentationId)}}, ...): the durations in force for
 * one experimentation, as ISO-8601 strings the engine's timers understand.
 */
@Component("durations")
public class ExperimentationDurations {

    private final ExperimentationService experimentations;
    private final Clock clock;

    ExperimentationDurations(ExperimentationService experimentations, Clock clock) {
        this.clock = clock;
        this.experimentations = experimentations;
    }

    public String reminderAfter(long experimentationId) {
        return days(settings(experimentationId).stepDueDays());
    }

    public String escalateAfter(long experimentationId) {
        return days(settings(experimentationId).escalationDays());
    }

    public String callForLeads(long experimentationId) {
        return days(settings(experimentationId).callForLeadsDays());
    }

    public String observationCycle(long experimentationId) {
        return days(settings(experimentationId).observationCycleDays());
    }

    /** Due date of a participant step created now. */
    public Date dueDate(long experimentationId) {
        return Date.from(clock.instant().plus(settings(experimentationId).stepDueDays(), ChronoUnit.DAYS));
    }

    private DurationSettings settings(long id) {
        return experimentations.durationsOf(id);
    }

    private static String days(int days) {
        return "P" + days + "D";
    }
}
