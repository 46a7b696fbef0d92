package coop.faireavec.experiment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the PlanExperiment step decides, checked by the step's form first.
 *
 * @param goal what the experiment wants to change
 * @param startsOn first day (the platform's time zone)
 * @param endsOn last day, not before {@code startsOn}
 * @param teamIds members of the experimentation in the team (the working-group composition rule applies)
 * @param indicators at least one
 */
public record ExperimentPlan(
        String goal, LocalDate startsOn, LocalDate endsOn, List<Long> teamIds, List<IndicatorSpec> indicators) {}
