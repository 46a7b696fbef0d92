package coop.faireavec.process.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class BpmnSvgRendererTest {

  private static final DiagramLabels LABELS =
      new DiagramLabels("en cours", "terminé", "Déroulement de l'expérimentation");

  private final BpmnSvgRenderer renderer = new BpmnSvgRenderer();

  private static BpmnModelInstance fluentModel() {
    return Bpmn.createExecutableProcess("p")
        .startEvent("start")
        .userTask("task_a")
        .name("Tâche <A> & co")
        .callActivity("phase_1")
        .name("Phase 1")
        .calledElement("x")
        .exclusiveGateway("gw")
        .condition("oui", "${true}")
        .endEvent("end")
        .done();
  }

  /** Collaboration plane, negative origin, modeler label bounds, a line break and a dangling shape. */
  private static final String HAND_WRITTEN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
          xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          id="defs" targetNamespace="http://faireavec.coop/test">
        <collaboration id="collab">
          <participant id="pool" name="Collectif" processRef="exp"/>
        </collaboration>
        <process id="exp" isExecutable="true">
          <startEvent id="s" name="Lancement"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="diag"/>
          <userTask id="diag" name="Diagnostic&#10;partagé"/>
          <sequenceFlow id="f2" sourceRef="diag" targetRef="ok"/>
          <exclusiveGateway id="ok" name="Consensus ?"/>
          <sequenceFlow id="f3" name="oui" sourceRef="ok" targetRef="act"/>
          <sequenceFlow id="f4" name="non" sourceRef="ok" targetRef="diag"/>
          <callActivity id="act" name="Action &quot;collective&quot; &amp; bilan" calledElement="other"/>
          <sequenceFlow id="f5" sourceRef="act" targetRef="e"/>
          <endEvent id="e" name="Fin"/>
        </process>
        <bpmndi:BPMNDiagram id="d1">
          <bpmndi:BPMNPlane id="plane" bpmnElement="collab">
            <bpmndi:BPMNShape id="pool_di" bpmnElement="pool" isHorizontal="true">
              <dc:Bounds x="-200" y="-50" width="720" height="260"/>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="s_di" bpmnElement="s">
              <dc:Bounds x="-140" y="42" width="36" height="36"/>
              <bpmndi:BPMNLabel><dc:Bounds x="-150" y="85" width="56" height="14"/></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="diag_di" bpmnElement="diag">
              <dc:Bounds x="-60" y="20" width="100" height="80"/>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="ok_di" bpmnElement="ok" isMarkerVisible="true">
              <dc:Bounds x="90" y="35" width="50" height="50"/>
              <bpmndi:BPMNLabel><dc:Bounds x="80" y="5" width="70" height="14"/></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="act_di" bpmnElement="act">
              <dc:Bounds x="200" y="20" width="100" height="80"/>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="e_di" bpmnElement="e">
              <dc:Bounds x="360" y="42" width="36" height="36"/>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="ghost_di" bpmnElement="ghost">
              <dc:Bounds x="5000" y="5000" width="100" height="80"/>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1">
              <di:waypoint x="-104" y="60"/><di:waypoint x="-60" y="60"/>
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2">
              <di:waypoint x="40" y="60"/><di:waypoint x="90" y="60"/>
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3">
              <di:waypoint x="140" y="60"/><di:waypoint x="200" y="60"/>
              <bpmndi:BPMNLabel><dc:Bounds x="160" y="42" width="20" height="14"/></bpmndi:BPMNLabel>
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4">
              <di:waypoint x="115" y="85"/><di:waypoint x="115" y="160"/>
              <di:waypoint x="-10" y="160"/><di:waypoint x="-10" y="100"/>
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5">
              <di:waypoint x="300" y="60"/><di:waypoint x="360" y="60"/>
            </bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </definitions>
      """;

  private static BpmnModelInstance handWritten() {
    return Bpmn.readModelFromStream(
        new ByteArrayInputStream(HAND_WRITTEN.strip().getBytes(StandardCharsets.UTF_8)));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static Element group(Document doc, String elementId) {
    NodeList groups = doc.getElementsByTagNameNS(BpmnSvgRenderer.SVG_NS, "g");
    Element found = null;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (elementId.equals(g.getAttribute("data-element-id"))) {
        assertThat(found).as("a single group for %s", elementId).isNull();
        found = g;
      }
    }
    assertThat(found).as("group for %s", elementId).isNotNull();
    return found;
  }

  private static Set<String> classes(Element e) {
    return Set.of(e.getAttribute("class").trim().split("\\s+"));
  }

  private static List<Element> descendants(Element root, String localName) {
    List<Element> result = new ArrayList<>();
    NodeList list = root.getElementsByTagNameNS(BpmnSvgRenderer.SVG_NS, localName);
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  private static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static double[] viewBox(Document doc) {
    return Arrays.stream(doc.getDocumentElement().getAttribute("viewBox").split(" "))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  @Test
  void rendersOneAccessibleGroupPerFlowNode() throws Exception {
    BpmnModelInstance model = fluentModel();
    String svg = renderer.render(model, "p", DiagramState.empty(), LABELS, "exp1");

    assertThat(svg).startsWith("<svg ").doesNotContain("<?xml");
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("width")).isEqualTo("100%");
    assertThat(root.getAttribute("role")).isEqualTo("img");

    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("exp1-title");
    Element rootTitle = child(root, "title");
    assertThat(rootTitle.getAttribute("id")).isEqualTo("exp1-title");
    assertThat(rootTitle.getTextContent()).isEqualTo("Déroulement de l'expérimentation");
    assertThat(child(root, "desc").getAttribute("id")).isEqualTo(root.getAttribute("aria-describedby"));

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Element g = group(doc, node.getId());
      assertThat(g.getAttribute("id")).isEqualTo("exp1-" + node.getId());
      assertThat(classes(g)).contains("bpmn-shape");
    }
    assertThat(classes(group(doc, "start"))).contains("bpmn-event");
    assertThat(classes(group(doc, "end"))).contains("bpmn-event", "bpmn-end-event");
    assertThat(classes(group(doc, "gw"))).contains("bpmn-gateway");
    assertThat(classes(group(doc, "task_a"))).contains("bpmn-activity");
    assertThat(classes(group(doc, "phase_1"))).contains("bpmn-activity", "bpmn-call-activity");
    assertThat(descendants(group(doc, "start"), "circle")).isNotEmpty();
    assertThat(descendants(group(doc, "gw"), "polygon")).isNotEmpty();
    assertThat(descendants(group(doc, "task_a"), "rect")).isNotEmpty();
    assertThat(child(group(doc, "phase_1"), "title").getTextContent()).isEqualTo("Phase 1");

    // Sequence flows: one path per flow, arrowhead through an attribute, flow name drawn.
    List<Element> edges = descendants(root, "path").stream()
        .filter(p -> classes(p).contains("bpmn-edge"))
        .toList();
    assertThat(edges).hasSize(4);
    assertThat(edges).allSatisfy(p -> {
      assertThat(p.getAttribute("d")).matches("M -?[\\d.]+ -?[\\d.]+( L -?[\\d.]+ -?[\\d.]+)+");
      assertThat(p.getAttribute("marker-end")).isEqualTo("url(#exp1-arrow)");
    });
    assertThat(descendants(root, "text").stream()
        .filter(t -> classes(t).contains("bpmn-label"))
        .map(Element::getTextContent))
        .contains("oui", "Phase 1");
  }

  @Test
  void activeAndCompletedStatesAreVisibleWithoutColour() throws Exception {
    DiagramState state = new DiagramState(Set.of("phase_1"), Set.of("start", "task_a"));
    Document doc = parse(renderer.render(fluentModel(), "p", state, LABELS, "x"));

    Element active = group(doc, "phase_1");
    assertThat(classes(active)).contains("is-active").doesNotContain("is-completed");
    assertThat(child(active, "title").getTextContent()).isEqualTo("Phase 1 (en cours)");
    assertThat(descendants(active, "text").stream()
        .filter(t -> classes(t).contains("bpmn-state-label"))
        .map(Element::getTextContent))
        .containsExactly("▶ en cours");

    Element completed = group(doc, "task_a");
    assertThat(classes(completed)).contains("is-completed").doesNotContain("is-active");
    assertThat(child(completed, "title").getTextContent()).isEqualTo("Tâche <A> & co (terminé)");
    assertThat(descendants(completed, "text").stream()
        .filter(t -> classes(t).contains("bpmn-check"))
        .map(Element::getTextContent))
        .containsExactly("✓");

    Element idle = group(doc, "gw");
    assertThat(classes(idle)).doesNotContain("is-active", "is-completed");
    assertThat(descendants(idle, "text").stream().map(e -> e.getAttribute("class")))
        .noneMatch(c -> c.contains("bpmn-state-label") || c.contains("bpmn-check"));

    // start -> task_a (both completed) and task_a -> phase_1 (completed then active) are done.
    List<Element> doneEdges = descendants(doc.getDocumentElement(), "path").stream()
        .filter(p -> classes(p).containsAll(Set.of("bpmn-edge", "is-completed")))
        .toList();
    assertThat(doneEdges).hasSize(2)
        .allSatisfy(p -> assertThat(p.getAttribute("marker-end")).isEqualTo("url(#x-arrow-completed)"));

    assertThat(child(doc.getDocumentElement(), "desc").getTextContent())
        .isEqualTo("1. start (terminé); 2. Tâche <A> & co (terminé); 3. Phase 1 (en cours); 4. gw; 5. end");
  }

  @Test
  void escapesUntrustedNamesAndUsesNoInlineStyle() throws Exception {
    DiagramState state = new DiagramState(Set.of("task_a"), Set.of());
    String svg = renderer.render(fluentModel(), "p", state, LABELS, "exp1");

    assertThat(svg).doesNotContain("<A>").contains("Tâche &lt;A&gt; &amp; co");
    assertThat(svg).doesNotContain("style=").doesNotContain("<style");
    parse(svg);

    BpmnModelInstance hostile = Bpmn.createExecutableProcess("h")
        .startEvent("s").name("\"quoted\" 'single' </text><script>alert(1)</script>\u0001")
        .endEvent("e")
        .done();
    String hostileSvg = renderer.render(hostile, "h", DiagramState.empty(),
        new DiagramLabels("<b>", "&", "Titre \"<x>\""), "a\"b<c>");
    Document doc = parse(hostileSvg);
    assertThat(hostileSvg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u0001");
    assertThat(child(group(doc, "s"), "title").getTextContent())
        .isEqualTo("\"quoted\" 'single' </text><script>alert(1)</script>");
    assertThat(child(doc.getDocumentElement(), "title").getTextContent()).isEqualTo("Titre \"<x>\"");
    assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("a_b_c_-title");
  }

  @Test
  void markerIdsCarryThePrefixSoSeveralDiagramsCanShareAPage() throws Exception {
    Document doc = parse(renderer.render(fluentModel(), "p", DiagramState.empty(), LABELS, "left"));
    List<String> markerIds = descendants(doc.getDocumentElement(), "marker").stream()
        .map(m -> m.getAttribute("id"))
        .toList();
    assertThat(markerIds).isNotEmpty().allMatch(id -> id.startsWith("left-"));
    List<String> allIds = new ArrayList<>();
    collectIds(doc.getDocumentElement(), allIds);
    assertThat(allIds).allMatch(id -> id.startsWith("left-")).doesNotHaveDuplicates();
  }

  private static void collectIds(Element e, List<String> ids) {
    if (e.hasAttribute("id")) {
      ids.add(e.getAttribute("id"));
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collectIds(child, ids);
      }
    }
  }

  @Test
  void viewBoxCoversEveryShapeAndWaypoint() throws Exception {
    for (BpmnModelInstance model : List.of(fluentModel(), handWritten())) {
      String processId = model.getModelElementById("p") != null ? "p" : "exp";
      double[] vb = viewBox(parse(renderer.render(model, processId, DiagramState.empty(), LABELS, "v")));
      assertThat(vb).hasSize(4);
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        if ("ghost_di".equals(shape.getId())) {
          continue;
        }
        Bounds b = shape.getBounds();
        assertThat(b.getX()).isGreaterThanOrEqualTo(vb[0]);
        assertThat(b.getY()).isGreaterThanOrEqualTo(vb[1]);
        assertThat(b.getX() + b.getWidth()).isLessThanOrEqualTo(vb[0] + vb[2]);
        assertThat(b.getY() + b.getHeight()).isLessThanOrEqualTo(vb[1] + vb[3]);
      }
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        for (Waypoint w : edge.getWaypoints()) {
          assertThat(w.getX()).isBetween(vb[0], vb[0] + vb[2]);
          assertThat(w.getY()).isBetween(vb[1], vb[1] + vb[3]);
        }
      }
    }
  }

  @Test
  void handWrittenDiagramWithCollaborationLineBreaksAndDanglingShape() throws Exception {
    DiagramState state = new DiagramState(Set.of("diag"), Set.of("s"));
    String svg = renderer.render(handWritten(), "exp", state, LABELS, "hw");
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();

    // Non-zero (negative) origin taken from the DI, ghost shape skipped.
    double[] vb = viewBox(doc);
    assertThat(vb[0]).isLessThan(-200);
    assertThat(vb[1]).isLessThan(-50);
    assertThat(vb[0] + vb[2]).isLessThan(5000);
    assertThat(svg).doesNotContain("ghost");

    // Name with &#10; becomes two tspans; the title keeps it on one line.
    Element diag = group(doc, "diag");
    Element label = descendants(diag, "text").stream()
        .filter(t -> classes(t).contains("bpmn-label"))
        .findFirst()
        .orElseThrow();
    assertThat(descendants(label, "tspan").stream().map(Node::getTextContent))
        .containsExactly("Diagnostic", "partagé");
    assertThat(child(diag, "title").getTextContent()).isEqualTo("Diagnostic partagé (en cours)");

    assertThat(classes(group(doc, "pool"))).contains("bpmn-participant");
    assertThat(classes(group(doc, "act"))).contains("bpmn-call-activity");
    assertThat(svg).contains("Action &quot;collective&quot; &amp; bilan");
    assertThat(svg).doesNotContain("style=");
    assertThat(descendants(group(doc, "f4"), "tspan").stream().map(Node::getTextContent))
        .containsExactly("non");

    // Desc: named flow nodes in x order (the pool is not a step).
    assertThat(child(root, "desc").getTextContent()).isEqualTo(
        "1. Lancement (terminé); 2. Diagnostic partagé (en cours); 3. Consensus ?; "
            + "4. Action \"collective\" & bilan; 5. Fin");
    String desc = child(root, "desc").getTextContent();
    assertThat(desc.indexOf("Lancement")).isLessThan(desc.indexOf("Diagnostic"));
  }

  @Test
  void modelWithoutDiagramInterchangeGivesTitleAndDescOnly() throws Exception {
    String xml = HAND_WRITTEN.strip()
        .replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "");
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    DiagramState state = new DiagramState(Set.of("act"), Set.of("s", "diag", "ok"));

    assertThatCode(() -> renderer.render(model, "exp", state, LABELS, "nd")).doesNotThrowAnyException();
    Document doc = parse(renderer.render(model, "exp", state, LABELS, "nd"));
    Element root = doc.getDocumentElement();
    assertThat(child(root, "title").getTextContent()).isEqualTo("Déroulement de l'expérimentation");
    // Without coordinates the desc follows the flows.
    assertThat(child(root, "desc").getTextContent()).isEqualTo(
        "1. Lancement (terminé); 2. Diagnostic partagé (terminé); 3. Consensus ? (terminé); "
            + "4. Action \"collective\" & bilan (en cours); 5. Fin");
    assertThat(descendants(root, "g")).isEmpty();

    // Unknown process and null arguments do not throw either.
    assertThatCode(() -> renderer.render(model, "nope", null, null, null)).doesNotThrowAnyException();
    assertThatCode(() -> renderer.render(fluentModel(), null, null, LABELS, "")).doesNotThrowAnyException();
  }

  @Test
  void processWithoutItsOwnDiagramIsNotDrawnWithAnotherOne() throws Exception {
    String xml = HAND_WRITTEN.strip().replace(
        "<bpmndi:BPMNDiagram",
        "<process id=\"other\"><startEvent id=\"o1\" name=\"Autre\"/></process><bpmndi:BPMNDiagram");
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Document doc = parse(renderer.render(model, "other", DiagramState.empty(), LABELS, "o"));
    assertThat(descendants(doc.getDocumentElement(), "g")).isEmpty();
    assertThat(child(doc.getDocumentElement(), "desc").getTextContent()).isEqualTo("1. Autre");
  }

  @Test
  void outputIsDeterministic() {
    BpmnModelInstance model = fluentModel();
    DiagramState state = new DiagramState(Set.of("gw", "phase_1"), Set.of("start", "task_a", "end"));
    String first = renderer.render(model, "p", state, LABELS, "d");
    String second = new BpmnSvgRenderer().render(model, "p",
        new DiagramState(Set.of("phase_1", "gw"), Set.of("end", "task_a", "start")), LABELS, "d");
    assertThat(second).isEqualTo(first);
    assertThat(renderer.render(handWritten(), "exp", state, LABELS, "d"))
        .isEqualTo(renderer.render(handWritten(), "exp", state, LABELS, "d"));
  }

  @Test
  void wrapsLongNamesToTheShapeWidth() {
    List<String> lines = BpmnSvgRenderer.wrap("Restitution collective des résultats du terrain", 90);
    assertThat(lines).allSatisfy(l -> assertThat(l.length() * BpmnSvgRenderer.CHAR_WIDTH).isLessThanOrEqualTo(90));
    assertThat(String.join(" ", lines)).isEqualTo("Restitution collective des résultats du terrain");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(BpmnSvgRenderer.wrap("Anticonstitutionnellement", 65)).containsExactly("Anticonsti", "tutionnell", "ement");
    assertThat(BpmnSvgRenderer.num(12.5)).isEqualTo("12.5");
    assertThat(BpmnSvgRenderer.num(-0.001)).isEqualTo("0");
  }
}
