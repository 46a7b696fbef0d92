package coop.faireavec.process.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Draws every BPMN file with the renderer the application uses and saves the pictures for docs/processes.md, with
 * the site's stylesheet inside (a saved picture has no page around it). Every step of the file must be drawn.
 */
class ProcessPicturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"experimentation", "phase-1-shared-diagnosis", "phase-2-action-leads",
            "phase-3-experimenting", "phase-4-consolidation"})
    void everyStepOfTheFileIsDrawnAndThePictureIsSavedForTheDocs(String key) throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile());
        Process process = model.getModelElementById(key);
        String svg = new BpmnSvgRenderer().render(model, key, new DiagramState(Set.of(), Set.of()),
                new DiagramLabels("en cours", "terminé", process.getName()), "doc");
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(svg).contains("data-element-id=\"" + node.getId() + "\"");
        }
        String css = Files.readString(Path.of("src/main/resources/static/css/bpmn.css"));
        String standalone = svg.replaceFirst(">", "><style>" + css.replace("]]>", "") + " svg{background:#fff}</style>");
        Path out = Path.of("docs", "processes", key + ".svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, standalone);
        assertThat(out).exists();
    }
}
