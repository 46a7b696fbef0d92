package coop.faireavec.experiment.web;

import coop.faireavec.experiment.ExperimentView;
import coop.faireavec.experiment.ExperimentView.IndicatorView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What an indicator's drawing needs, computed here so that the template only places SVG attributes (no inline
 * style): a line through the values by date, a dot (with its value written beside it) per value, and the baseline
 * and target as labelled horizontal lines. The same figures are in a table beside the drawing.
 */
public final class IndicatorChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    static final int LEFT = 60;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    private IndicatorChart() {}

    /** One value as a dot. */
    public record Dot(int x, int y, String label, LocalDate on) {}

    /** A horizontal line (baseline or target) at a height, with its label. */
    public record Level(int y, String label) {}

    /**
     * One indicator's drawing.
     *
     * @param points the polyline's {@code points} attribute ("x,y x,y"), empty with fewer than two values
     */
    public record Chart(
            IndicatorView indicator,
            List<Dot> dots,
            String points,
            Level baseline,
            Level target,
            String first,
            String last) {

        public String viewBox() {
            return "0 0 " + WIDTH + " " + HEIGHT;
        }

        public int left() {
            return LEFT;
        }

        public int right() {
            return WIDTH - RIGHT;
        }

        public int axisY() {
            return HEIGHT - BOTTOM;
        }

        public int labelY() {
            return HEIGHT - BOTTOM + 20;
        }
    }

    /** Every indicator of the experiment, in the plan's order. */
    public static List<Chart> of(ExperimentView experiment) {
        List<Chart> charts = new ArrayList<>();
        for (IndicatorView i : experiment.indicators()) {
            charts.add(chart(experiment, i));
        }
        return charts;
    }

    static Chart chart(ExperimentView e, IndicatorView i) {
        BigDecimal min = i.baseline().min(i.target());
        BigDecimal max = i.baseline().max(i.target());
        LocalDate from = e.startsOn();
        LocalDate to = e.endsOn();
        for (ExperimentView.Point p : i.points()) {
            min = min.min(p.value());
            max = max.max(p.value());
            from = p.on().isBefore(from) ? p.on() : from;
            to = p.on().isAfter(to) ? p.on() : to;
        }
        double low = min.doubleValue();
        double span = Math.max(max.doubleValue() - low, 1e-9);
        long days = Math.max(ChronoUnit.DAYS.between(from, to), 1);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (ExperimentView.Point p : i.points()) {
            int x = LEFT + (int) Math.round(plotW * (double) ChronoUnit.DAYS.between(from, p.on()) / days);
            int y = TOP + plotH - (int) Math.round(plotH * (p.value().doubleValue() - low) / span);
            dots.add(new Dot(x, y, plain(p.value()), p.on()));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        int baseY = TOP + plotH - (int) Math.round(plotH * (i.baseline().doubleValue() - low) / span);
        int targetY = TOP + plotH - (int) Math.round(plotH * (i.target().doubleValue() - low) / span);
        return new Chart(
                i,
                dots,
                dots.size() < 2 ? "" : line.toString(),
                new Level(baseY, plain(i.baseline())),
                new Level(targetY, plain(i.target())),
                from.toString(),
                to.toString());
    }

    /** A value as people read it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
