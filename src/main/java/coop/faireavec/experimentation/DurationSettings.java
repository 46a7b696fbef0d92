package coop.faireavec.experimentation;

/**
 * Durations of one experimentation, in days: copied from its template, changeable by the carrier. Each phase takes
 * the values in force when it starts.
 */
public record DurationSettings(int stepDueDays, int escalationDays, int callForLeadsDays, int observationCycleDays) {}
