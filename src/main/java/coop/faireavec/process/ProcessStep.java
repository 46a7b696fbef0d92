package coop.faireavec.process;

import java.util.List;

/**
 * One step of a process as listed beside its drawing: a task people do, a phase (a call activity), or a group of
 * steps (a subprocess, whose steps are its {@code children}).
 *
 * @param id the BPMN element id, e.g. {@code KickOffMeeting}: the key of its name in the messages
 *           ({@code activity.<id>})
 * @param name the element's name in the BPMN file (French, on one line), for when the messages have no name for it
 * @param state where the step stands
 * @param calledProcessKey for a phase, the key of the process it runs (e.g. {@code phase-1-shared-diagnosis});
 *                         {@code null} for other steps
 * @param children the steps inside a subprocess, in flow order; empty for other steps
 */
public record ProcessStep(
        String id, String name, StepState state, String calledProcessKey, List<ProcessStep> children) {

    public ProcessStep {
        children = List.copyOf(children);
    }

    /** Whether this step is a phase of the experimentation (a call activity running a phase process). */
    public boolean phase() {
        return calledProcessKey != null;
    }
}
