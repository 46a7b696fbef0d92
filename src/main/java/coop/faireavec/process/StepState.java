package coop.faireavec.process;

/**
 * Where one step of a process stands for one experimentation, as the process drawing and its list of steps show it.
 * Shown to people through the messages {@code processDrawing.state.*}.
 */
public enum StepState {
    /** The step was done (at least once, and it is not running again). */
    DONE,
    /** The step runs now: someone has to do it, or (for a phase) the phase is under way. */
    CURRENT,
    /** The step has not been reached yet; it waits for the steps before it. */
    UPCOMING
}
