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
 * @param note what the baseline is or why a target is missed (one sentence), may be empty
 */
public record Figure(
        String id,
        String name,
        String unit,
        double ours,
        double baseline,
        double maxRatio,
        double maxAbsolute,
        String note) {

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
