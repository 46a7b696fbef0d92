package coop.faireavec.experimentation.web;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.ProcessDrawing;
import coop.faireavec.process.ProcessDrawings;
import coop.faireavec.process.StepState;
import coop.faireavec.security.AccountPrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The data bpmn-js draws on the experimentation page ({@code js/process-drawing.js}): for each drawing the page
 * lists (main flow, then the running phase), the BPMN XML the experimentation runs and the state of its elements.
 * Members of the experimentation only, like the page.
 */
@Controller
class ProcessDrawingController {

    /** The phase each phase process runs, by process key: names phases and drawings from the messages. */
    static final Map<String, String> PHASE_OF_PROCESS = Phase.namesByProcessKey();

    private final ExperimentationService experimentations;
    private final ProcessDrawings drawings;

    ProcessDrawingController(ExperimentationService experimentations, ProcessDrawings drawings) {
        this.experimentations = experimentations;
        this.drawings = drawings;
    }

    /**
     * One drawing for bpmn-js.
     *
     * @param processKey the process it draws
     * @param xml its BPMN XML, as deployed
     * @param markers the state of each element that has one, by BPMN element id
     */
    record DrawingData(String processKey, String xml, Map<String, StepState> markers) {}

    @GetMapping(value = "/experimentations/{id}/process", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<DrawingData>> process(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Experimentation e = experimentations.get(me.viewer(), id);
        List<ProcessDrawing> list =
                e.getProcessInstanceId() == null ? List.of() : drawings.of(e.getProcessInstanceId());
        List<DrawingData> body = list.stream()
                .map(d -> new DrawingData(d.processKey(), drawings.xml(d.processDefinitionId()), d.markers()))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
