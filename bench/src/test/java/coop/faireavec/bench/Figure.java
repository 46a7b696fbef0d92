package coop.faireavec.bench;

/**
 * One measured figure of the benchmark (issue #14): our platform's value beside a baseline measured in the same run on
 * the same machine, so that the verdict rests on the ratio and not on how busy the machine was.
 *
 * @param id short stable key, e.g. {@code "tasks.p95"} (used in the JSON results and to compare runs)
 * @param name what it measures, in plain English, e.g. "My next steps, GET /tasks, p95"
 * @param unit unit of {@code ours} and {@code baseline}: {@code "ms"}, {@code "MB"}, {@code "req/s"}, {@code "s"},
 *     {@code "statements"}
 * @param ours the platform's value
 * @param baseline the baseline's value in the same run; {@code NaN} when the figure has no baseline (statement counts)
 * @param maxRatio the target for {@code ours / baseline} (e.g. 2.0), or {@code NaN} when there is none
 * @param maxAbsolute the target for {@code ours} itself in {@code unit} (e.g. 100 ms), or {@code NaN} when there is none
 * @param note what the baseline is (one sentence), may be empty
 * @param missedBecause when a target is missed: the measured reason (figures of this run), else empty
 * @param wouldMeet when a target is missed: what would meet it, else empty
 */
public record Figure(
        String id,
        String name,
        String unit,
        double ours,
        double baseline,
        double maxRatio,
        double maxAbsolute,
        String note,
        String missedBecause,
        String wouldMeet) {

    /** A figure without a reason for a missed target (yet): see {@link #missed}. */
    public Figure(
            String id,
            String name,
            String unit,
            double ours,
            double baseline,
            double maxRatio,
            double maxAbsolute,
            String note) {
        this(id, name, unit, ours, baseline, maxRatio, maxAbsolute, note, "", "");
    }

    /**
     * This figure with the measured reason and what would meet the target, kept only when a target is missed (a met
     * figure needs neither).
     */
    public Figure missed(String because, String meet) {
        return met() ? this : new Figure(id, name, unit, ours, baseline, maxRatio, maxAbsolute, note, because, meet);
    }

    /** The machine's load average over the last minute ({@code /proc/loadavg}), or NaN where unreadable. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** {@code ours / baseline}, or {@code NaN} without a baseline. */
    public double ratio() {
        return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : ours / baseline;
    }

    /** True when every target the figure has is met (a figure without targets is met). */
    public boolean met() {
        boolean ratioOk = Double.isNaN(maxRatio) || Double.isNaN(ratio()) || ratio() <= maxRatio;
        boolean absoluteOk = Double.isNaN(maxAbsolute) || ours <= maxAbsolute;
        return ratioOk && absoluteOk;
    }
}
