package coop.faireavec.experimentation;

/** DRAFT while the carrier gathers people; RUNNING once the process is started; CLOSED after consolidation. */
public enum ExperimentationStatus {
    DRAFT,
    RUNNING,
    CLOSED
}
