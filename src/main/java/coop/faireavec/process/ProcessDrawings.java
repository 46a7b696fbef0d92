package coop.faireavec.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * What the experimentation page shows of an experimentation's process: the main flow, then the running phase's own
 * flow, each with the state of its elements and the list of its steps. The drawing itself is made in the browser by
 * bpmn-js from {@link #xml}; this class only reads the engine (through {@link WorkflowEngine}) and the BPMN model.
 */
@Service
public class ProcessDrawings {

    private final WorkflowEngine workflow;

    ProcessDrawings(WorkflowEngine workflow) {
        this.workflow = workflow;
    }

    /**
     * The drawings of one process instance: its own process first, then each phase it runs now.
     *
     * @param processInstanceId the experimentation's process instance (running or finished)
     * @return the drawings, main flow first; empty when the engine knows no such instance
     */
    public List<ProcessDrawing> of(String processInstanceId) {
        List<ProcessDrawing> drawings = new ArrayList<>();
        for (ProcessProgress progress : workflow.progress(processInstanceId)) {
            BpmnModelInstance model = workflow.model(progress.processDefinitionId());
            ModelElementInstance process = model.getModelElementById(progress.processKey());
            Collection<FlowElement> elements =
                    process instanceof org.camunda.bpm.model.bpmn.instance.Process p ? p.getFlowElements() : List.of();
            drawings.add(new ProcessDrawing(
                    progress.processKey(),
                    progress.processDefinitionId(),
                    steps(elements, progress),
                    markers(model, progress)));
        }
        return drawings;
    }

    /**
     * The BPMN XML of a deployed definition, for bpmn-js.
     *
     * @param processDefinitionId a definition id from {@link ProcessDrawing#processDefinitionId()}
     * @return the XML as deployed (UTF-8 text)
     * @throws coop.faireavec.shared.NotFoundException when no such definition is deployed
     */
    public String xml(String processDefinitionId) {
        return workflow.bpmnXml(processDefinitionId);
    }

    private static Map<String, StepState> markers(BpmnModelInstance model, ProcessProgress progress) {
        Map<String, StepState> markers = new HashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            StepState state = stateOf(node.getId(), progress);
            if (state != StepState.UPCOMING || isStep(node)) {
                markers.put(node.getId(), state);
            }
        }
        return markers;
    }

    private static StepState stateOf(String id, ProcessProgress progress) {
        if (progress.activeIds().contains(id)) {
            return StepState.CURRENT;
        }
        return progress.completedIds().contains(id) ? StepState.DONE : StepState.UPCOMING;
    }

    /** Steps people see: tasks people do, phases, and subprocesses (for the steps inside them). */
    private static boolean isStep(FlowNode node) {
        return node instanceof UserTask
                || node instanceof ManualTask
                || node instanceof ReceiveTask
                || node instanceof CallActivity
                || node instanceof SubProcess;
    }

    /**
     * The steps of one container (process or subprocess) in flow order: breadth first from its start events along
     * the sequence flows, a task's boundary events after its normal way out; steps no flow reaches come last.
     */
    private static List<ProcessStep> steps(Collection<FlowElement> elements, ProcessProgress progress) {
        List<FlowNode> nodes = elements.stream()
                .filter(FlowNode.class::isInstance)
                .map(FlowNode.class::cast)
                .toList();
        Set<FlowNode> order = new LinkedHashSet<>();
        Deque<FlowNode> queue = new ArrayDeque<>();
        nodes.stream().filter(StartEvent.class::isInstance).forEach(queue::add);
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            if (!order.add(node)) {
                continue;
            }
            for (SequenceFlow flow : node.getOutgoing()) {
                queue.add(flow.getTarget());
            }
            if (node instanceof Activity) {
                nodes.stream()
                        .filter(BoundaryEvent.class::isInstance)
                        .map(BoundaryEvent.class::cast)
                        .filter(b -> b.getAttachedTo() == node)
                        .forEach(queue::add);
            }
        }
        order.addAll(nodes);
        List<ProcessStep> steps = new ArrayList<>();
        for (FlowNode node : order) {
            if (!isStep(node)) {
                continue;
            }
            List<ProcessStep> children =
                    node instanceof SubProcess sub ? steps(sub.getFlowElements(), progress) : List.of();
            String called = node instanceof CallActivity call ? call.getCalledElement() : null;
            steps.add(new ProcessStep(
                    node.getId(), flat(node.getName()), stateOf(node.getId(), progress), called, children));
        }
        return steps;
    }

    private static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
