package coop.faireavec.task.kind;

/** What the mid-term review decides for an experiment; the phase 3 gateway reads its name. */
public enum ExperimentDecision {
    CONTINUE,
    ADJUST,
    STOP
}
