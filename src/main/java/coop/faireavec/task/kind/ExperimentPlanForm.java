package coop.faireavec.task.kind;

import coop.faireavec.experiment.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * The PlanExperiment step's form: the goal, the dates (as typed, {@code yyyy-MM-dd}), the team (member ids) and one
 * indicator per row. Empty rows are ignored; "add a row" (no JavaScript) gives one more. Kept as typed so that a
 * wrong value comes back with its message and nothing is lost.
 */
public record ExperimentPlanForm(
        String goal, String startsOn, String endsOn, List<Long> teamIds, List<IndicatorRow> indicators) {

    /** Rows in an empty form. */
    public static final int EMPTY_ROWS = 2;

    /** Most indicators an experiment follows. */
    public static final int MAX_ROWS = 8;

    /** One indicator row, as typed. */
    public record IndicatorRow(String name, String unit, String baseline, String target, Direction direction) {

        /** Whether nothing was typed or chosen in this row. */
        public boolean empty() {
            return FormStep.blank(name)
                    && FormStep.blank(unit)
                    && FormStep.blank(baseline)
                    && FormStep.blank(target)
                    && direction == null;
        }
    }

    /** An empty form with {@link #EMPTY_ROWS} rows. */
    public static ExperimentPlanForm empty() {
        return new ExperimentPlanForm(null, null, null, List.of(), emptyRows(EMPTY_ROWS));
    }

    static List<IndicatorRow> emptyRows(int n) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new IndicatorRow(null, null, null, null, null));
        }
        return rows;
    }

    /** The rows, never null. */
    public List<IndicatorRow> rows() {
        return indicators == null ? List.of() : indicators;
    }

    /** The chosen team, never null. */
    public List<Long> team() {
        return teamIds == null ? List.of() : teamIds;
    }

    /** Whether that member is ticked. */
    public boolean chose(long personId) {
        return team().contains(personId);
    }
}
