package coop.faireavec.bench;

import java.util.List;

/** One group of benchmark figures (issue #14), measured against a {@link BenchRun}; each figure has its baseline. */
public interface Measurement {

    /**
     * Called once before the data set is generated and the measured application started, to start what this
     * measurement may run in the background meanwhile (XS: figure 5's two starts); nothing by default. It must not
     * throw for a measurement that cannot be made: {@link #measure} reports that.
     */
    default void begin(BenchServer server) {}

    /**
     * Measures and returns the figures (ours and baseline, both measured now).
     *
     * @throws Exception when the measurement cannot be made; the harness reports it as a failed figure
     */
    List<Figure> measure(BenchRun run) throws Exception;
}
