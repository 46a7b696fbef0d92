package coop.faireavec.process;

import java.util.List;
import java.util.Map;

/**
 * One process of an experimentation as the page shows it: the drawing (made in the browser by bpmn-js from the
 * BPMN XML of {@code processDefinitionId}), the state marker of each element, and the list of its steps.
 *
 * @param processKey the process key, e.g. {@code experimentation} or {@code phase-2-action-leads}
 * @param processDefinitionId the deployed definition this experimentation runs (its XML: {@link ProcessDrawings#xml})
 * @param steps the steps people see, in flow order (subprocesses hold their own steps)
 * @param markers the state of every element of the drawing that has one, by BPMN element id: flow nodes done or
 *                running, and steps not reached yet; elements of the drawing not in the map have no state
 */
public record ProcessDrawing(
        String processKey, String processDefinitionId, List<ProcessStep> steps, Map<String, StepState> markers) {

    public ProcessDrawing {
        steps = List.copyOf(steps);
        markers = Map.copyOf(markers);
    }
}
