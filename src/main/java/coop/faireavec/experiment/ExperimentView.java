package coop.faireavec.experiment;

import coop.faireavec.participation.College;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One experiment as its page shows it: the lead it tests, goal, dates, team, indicators with their values over time,
 * and the observation journal (oldest first).
 *
 * @param viewerInTeam whether the viewer is in the team (may record their own observations); false when no viewer
 * @param recordableFor the team members the viewer may record an observation for (carriers and allowed
 *     practitioners, with consent), the viewer excepted; empty for others
 */
public record ExperimentView(
        long id,
        long experimentationId,
        long leadId,
        String leadTitle,
        String goal,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Member> team,
        List<IndicatorView> indicators,
        List<Entry> journal,
        boolean viewerInTeam,
        List<Member> recordableFor) {

    /** A team member, with their name and college. */
    public record Member(long personId, String name, College college) {}

    /** An indicator and its values, by the day they are about (oldest first). */
    public record IndicatorView(
            long id,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            Direction direction,
            boolean active,
            List<Point> points) {

        /** The latest value, or null when none was recorded. */
        public BigDecimal latest() {
            return points.isEmpty() ? null : points.get(points.size() - 1).value();
        }
    }

    /** A value of an indicator on a day, and whose observation gave it. */
    public record Point(LocalDate on, BigDecimal value, String by) {}

    /**
     * One observation of the journal.
     *
     * @param recordedByName who typed it when it was not the author, else null
     * @param values value per indicator id
     */
    public record Entry(
            long id,
            LocalDate observedOn,
            String narrative,
            String authorName,
            String recordedByName,
            Map<Long, BigDecimal> values,
            Instant recordedAt) {}

    /** Active indicators, in the order of the plan: the ones an observation asks values for. */
    public List<IndicatorView> activeIndicators() {
        return indicators.stream().filter(IndicatorView::active).toList();
    }

    /** Whether the viewer may add an observation (for themselves or for a team member). */
    public boolean mayObserve() {
        return viewerInTeam || !recordableFor.isEmpty();
    }
}
