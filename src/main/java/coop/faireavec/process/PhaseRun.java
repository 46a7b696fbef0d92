package coop.faireavec.process;

import java.time.Instant;

/**
 * When a phase process really ran, from the engine's history: the first start and, once every run of it ended, the
 * last end (null while one still runs).
 */
public record PhaseRun(Instant started, Instant ended) {}
