package coop.faireavec.bench;

import java.util.List;

/** One group of benchmark figures (issue #14), measured against a {@link BenchRun}; each figure has its baseline. */
public interface Measurement {

    /**
     * Measures and returns the figures (ours and baseline, both measured now).
     *
     * @throws Exception when the measurement cannot be made; the harness reports it as a failed figure
     */
    List<Figure> measure(BenchRun run) throws Exception;
}
