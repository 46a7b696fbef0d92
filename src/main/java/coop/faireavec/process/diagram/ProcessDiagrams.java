package coop.faireavec.process.diagram;

import coop.faireavec.process.ProcessProgress;
import coop.faireavec.process.WorkflowEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Draws an experimentation's process from the diagram interchange of the definitions it actually runs:
 * the main flow with the current phase highlighted, then the running phase's own flow with its active tasks.
 */
@Service
public class ProcessDiagrams {

    private final WorkflowEngine workflow;
    private final MessageSource messages;
    private final BpmnSvgRenderer renderer = new BpmnSvgRenderer();

    ProcessDiagrams(WorkflowEngine workflow, MessageSource messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    public List<RenderedDiagram> of(String processInstanceId, Locale locale) {
        List<RenderedDiagram> diagrams = new ArrayList<>();
        int index = 0;
        for (ProcessProgress progress : workflow.progress(processInstanceId)) {
            BpmnModelInstance model = workflow.model(progress.processDefinitionId());
            Process process = model.getModelElementById(progress.processKey());
            String name = process != null && process.getName() != null ? process.getName() : progress.processKey();
            String title = index == 0
                    ? messages.getMessage("experimentation.diagramMain", null, locale)
                    : messages.getMessage("experimentation.diagramPhase", new Object[] {name}, locale);
            DiagramLabels labels = new DiagramLabels(messages.getMessage("diagram.active", null, locale),
                    messages.getMessage("diagram.completed", null, locale), title);
            String svg = renderer.render(model, progress.processKey(),
                    new DiagramState(progress.activeIds(), progress.completedIds()), labels, "d" + index);
            diagrams.add(new RenderedDiagram(title, svg));
            index++;
        }
        return diagrams;
    }
}
