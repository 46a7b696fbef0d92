package coop.faireavec.process.diagram;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Renders the BPMN Diagram Interchange of a process as an accessible, CSP-friendly inline SVG.
 *
 * <p>All visual aspects are carried by CSS classes (see {@code static/css/bpmn.css}); the output
 * has no {@code style} attribute or element, so it works under a strict Content-Security-Policy.
 * State is never conveyed by colour alone: active steps get a visible text marker, completed
 * steps a check mark, and the {@code <desc>} lists every step with its state. Text widths are
 * estimated (no font metrics on the server), which is good enough for wrapping labels.
 *
 * <p>Stateless and thread-safe; the output is deterministic for a given input.
 */
public final class BpmnSvgRenderer {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** Approximate advance of one character at a 12px font, used to wrap text server-side. */
  static final double CHAR_WIDTH = 6.5;

  static final double LINE_HEIGHT = 14;

  /** Offset from the top of a text block to the first baseline at 12px. */
  private static final double FIRST_BASELINE = 11;

  private static final double MARGIN = 20;
  private static final double PADDING = 5;
  private static final double OUTSIDE_LABEL_WIDTH = 120; // "L'expérimentation" fits on one line
  private static final double EDGE_LABEL_WIDTH = 90;
  private static final double BAND = 30;
  private static final double BADGE_RADIUS = 9;

  public BpmnSvgRenderer() {
    // Stateless: nothing to initialise.
  }

  /**
   * Renders the diagram of {@code processId}.
   *
   * @param model parsed BPMN model, with or without DI
   * @param processId id of the process whose plane is drawn (the plane of a collaboration holding
   *     it also qualifies); when null or unknown, the first plane is drawn
   * @param state active and completed element ids (null means no state)
   * @param labels localized words (null means empty words)
   * @param idPrefix prefix of every id in the SVG, so several diagrams can share a page; characters
   *     outside {@code [A-Za-z0-9_-]} are replaced by {@code _}
   * @return an {@code <svg>} element without XML prolog
   */
  public String render(
      BpmnModelInstance model,
      String processId,
      DiagramState state,
      DiagramLabels labels,
      String idPrefix) {
    Objects.requireNonNull(model, "model");
    DiagramState st = state == null ? DiagramState.empty() : state;
    DiagramLabels lb = labels == null ? new DiagramLabels(null, null, null) : labels;
    String prefix = sanitizePrefix(idPrefix);

    Process process = findProcess(model, processId);
    BpmnPlane plane = findPlane(model, process, processId);
    List<ShapeInfo> shapes = new ArrayList<>();
    List<EdgeInfo> edges = new ArrayList<>();
    if (plane != null) {
      collect(plane, shapes, edges);
    }
    if (shapes.isEmpty()) {
      return renderWithoutDiagram(process, st, lb, prefix);
    }
    return new Drawing(shapes, edges, st, lb, prefix).render();
  }

  // ---------------------------------------------------------------------------------------------
  // Model lookup

  private static Process findProcess(BpmnModelInstance model, String processId) {
    if (processId == null) {
      return null;
    }
    ModelElementInstance element = model.getModelElementById(processId);
    return element instanceof Process p ? p : null;
  }

  private static BpmnPlane findPlane(BpmnModelInstance model, Process process, String processId) {
    List<BpmnPlane> planes = new ArrayList<>();
    for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
      if (diagram.getBpmnPlane() != null) {
        planes.add(diagram.getBpmnPlane());
      }
    }
    if (planes.isEmpty()) {
      return null;
    }
    if (process == null) {
      // Unknown process: the first plane is the best guess (single-process files).
      return planes.get(0);
    }
    for (BpmnPlane plane : planes) {
      if (resolve(plane) == process) {
        return plane;
      }
    }
    for (BpmnPlane plane : planes) {
      if (resolve(plane) instanceof Collaboration collaboration
          && collaboration.getParticipants().stream().anyMatch(p -> p.getProcess() == process)) {
        return plane;
      }
    }
    // Planes with a missing or odd bpmnElement: take the first one actually showing the process.
    for (BpmnPlane plane : planes) {
      for (DiagramElement element : plane.getDiagramElements()) {
        if (element instanceof BpmnShape shape && belongsTo(resolve(shape), process)) {
          return plane;
        }
      }
    }
    // The process exists but has no DI: drawing another process would mislead.
    return null;
  }

  /** Dangling references (bpmnElement pointing nowhere) must not break the page. */
  private static BaseElement resolve(DiagramElement element) {
    try {
      if (element instanceof BpmnShape shape) {
        return shape.getBpmnElement();
      }
      if (element instanceof BpmnEdge edge) {
        return edge.getBpmnElement();
      }
      if (element instanceof BpmnPlane plane) {
        return plane.getBpmnElement();
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  private static boolean belongsTo(ModelElementInstance element, Process process) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e == process) {
        return true;
      }
    }
    return false;
  }

  private static void collect(BpmnPlane plane, List<ShapeInfo> shapes, List<EdgeInfo> edges) {
    int order = 0;
    for (DiagramElement diagramElement : plane.getDiagramElements()) {
      BaseElement element = resolve(diagramElement);
      if (element == null || element.getId() == null) {
        continue;
      }
      if (diagramElement instanceof BpmnShape shape) {
        Box box = box(shape.getBounds());
        Kind kind = kindOf(element, shape);
        if (box != null && kind != null) {
          shapes.add(
              new ShapeInfo(element, kind, box, labelBox(shape.getBpmnLabel()), shape.isMarkerVisible(), order++));
        }
      } else if (diagramElement instanceof BpmnEdge edge
          && (element instanceof SequenceFlow || element instanceof MessageFlow)) {
        List<double[]> points = new ArrayList<>();
        for (Waypoint waypoint : edge.getWaypoints()) {
          if (waypoint.getX() != null && waypoint.getY() != null) {
            points.add(new double[] {waypoint.getX(), waypoint.getY()});
          }
        }
        if (points.size() >= 2) {
          edges.add(new EdgeInfo(element, points, labelBox(edge.getBpmnLabel())));
        }
      }
    }
    // Containers first, then flow nodes, boundary events on top; DI order within a layer.
    shapes.sort(Comparator.comparingInt((ShapeInfo s) -> s.kind().layer)
        .thenComparingInt(ShapeInfo::depth)
        .thenComparingInt(ShapeInfo::order));
  }

  private static Kind kindOf(BaseElement element, BpmnShape shape) {
    if (element instanceof Participant) {
      return Kind.PARTICIPANT;
    }
    if (element instanceof Lane) {
      return Kind.LANE;
    }
    if (element instanceof BoundaryEvent) {
      return Kind.BOUNDARY_EVENT;
    }
    if (element instanceof Event) {
      return Kind.EVENT;
    }
    if (element instanceof Gateway) {
      return Kind.GATEWAY;
    }
    if (element instanceof SubProcess && shape.isExpanded()) {
      return Kind.EXPANDED_SUBPROCESS;
    }
    if (element instanceof Activity) {
      return Kind.ACTIVITY;
    }
    // Text annotations, data objects and the like are not part of the participants' path.
    return null;
  }

  private static Box box(Bounds bounds) {
    if (bounds == null
        || bounds.getX() == null
        || bounds.getY() == null
        || bounds.getWidth() == null
        || bounds.getHeight() == null) {
      return null;
    }
    double w = bounds.getWidth();
    double h = bounds.getHeight();
    if (!(w > 0) || !(h > 0) || !Double.isFinite(bounds.getX()) || !Double.isFinite(bounds.getY())) {
      return null;
    }
    return new Box(bounds.getX(), bounds.getY(), w, h);
  }

  private static Box labelBox(BpmnLabel label) {
    return label == null ? null : box(label.getBounds());
  }

  // ---------------------------------------------------------------------------------------------
  // Fallback without DI

  private static String renderWithoutDiagram(
      Process process, DiagramState state, DiagramLabels labels, String prefix) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("<svg xmlns=\"").append(SVG_NS).append("\" class=\"bpmn-diagram bpmn-diagram-empty\"")
        .append(" viewBox=\"0 0 1 1\" width=\"1\" height=\"1\" role=\"img\"");
    appendAria(sb, prefix);
    sb.append(">\n");
    appendTitleAndDesc(sb, prefix, labels.title(), describe(flowOrder(process), state, labels));
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** Without coordinates, the desc follows the sequence flows from the start events. */
  private static List<FlowNode> flowOrder(Process process) {
    if (process == null) {
      return List.of();
    }
    // Document order, so that the result does not depend on the model API's type indexes.
    List<FlowNode> all = new ArrayList<>();
    List<SequenceFlow> flows = new ArrayList<>();
    collectFlowElements(process.getFlowElements(), all, flows);
    Map<FlowNode, List<FlowNode>> next = new HashMap<>();
    for (SequenceFlow flow : flows) {
      if (flow.getSource() != null && flow.getTarget() != null) {
        next.computeIfAbsent(flow.getSource(), k -> new ArrayList<>()).add(flow.getTarget());
      }
    }
    Set<FlowNode> ordered = new LinkedHashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>();
    for (FlowNode node : all) {
      if (node instanceof StartEvent && node.getParentElement() == process) {
        queue.add(node);
      }
    }
    while (!queue.isEmpty()) {
      FlowNode node = queue.poll();
      if (ordered.add(node)) {
        for (FlowNode target : next.getOrDefault(node, List.of())) {
          if (!ordered.contains(target)) {
            queue.add(target);
          }
        }
      }
    }
    ordered.addAll(all);
    return new ArrayList<>(ordered);
  }

  private static void collectFlowElements(
      Collection<FlowElement> elements, List<FlowNode> nodes, List<SequenceFlow> flows) {
    for (FlowElement element : elements) {
      if (element instanceof FlowNode node) {
        nodes.add(node);
      } else if (element instanceof SequenceFlow flow) {
        flows.add(flow);
      }
      if (element instanceof SubProcess subProcess) {
        collectFlowElements(subProcess.getFlowElements(), nodes, flows);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  private enum Kind {
    PARTICIPANT(0),
    LANE(1),
    EXPANDED_SUBPROCESS(2),
    EVENT(3),
    GATEWAY(3),
    ACTIVITY(3),
    BOUNDARY_EVENT(4);

    final int layer;

    Kind(int layer) {
      this.layer = layer;
    }
  }

  private record Box(double x, double y, double w, double h) {
    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }

    double right() {
      return x + w;
    }

    double bottom() {
      return y + h;
    }
  }

  private record ShapeInfo(
      BaseElement element, Kind kind, Box box, Box labelBox, boolean markerVisible, int order) {
    String id() {
      return element.getId();
    }

    /** Nesting depth, so that an expanded sub-process is drawn before the ones it contains. */
    int depth() {
      int depth = 0;
      for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
        depth++;
      }
      return depth;
    }
  }

  private record EdgeInfo(BaseElement element, List<double[]> points, Box labelBox) {}

  /** One rendering pass: holds the output buffer, the extents and the ids already used. */
  private static final class Drawing {
    private final List<ShapeInfo> shapes;
    private final List<EdgeInfo> edges;
    private final DiagramState state;
    private final DiagramLabels labels;
    private final String prefix;
    private final StringBuilder body = new StringBuilder(8192);
    private final Set<String> usedIds = new HashSet<>();
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    Drawing(
        List<ShapeInfo> shapes,
        List<EdgeInfo> edges,
        DiagramState state,
        DiagramLabels labels,
        String prefix) {
      this.shapes = shapes;
      this.edges = edges;
      this.state = state;
      this.labels = labels;
      this.prefix = prefix;
    }

    String render() {
      for (ShapeInfo shape : shapes) {
        if (shape.kind().layer < Kind.EVENT.layer) {
          drawShape(shape);
        }
      }
      // Flows under the nodes, so that arrow tips tuck under the node borders.
      for (EdgeInfo edge : edges) {
        drawEdge(edge);
      }
      for (ShapeInfo shape : shapes) {
        if (shape.kind().layer >= Kind.EVENT.layer) {
          drawShape(shape);
        }
      }

      double x = minX - MARGIN;
      double y = minY - MARGIN;
      double w = maxX - minX + 2 * MARGIN;
      double h = maxY - minY + 2 * MARGIN;
      StringBuilder sb = new StringBuilder(body.length() + 1024);
      sb.append("<svg xmlns=\"").append(SVG_NS).append("\" class=\"bpmn-diagram\" viewBox=\"")
          .append(num(x)).append(' ').append(num(y)).append(' ')
          .append(num(w)).append(' ').append(num(h))
          .append("\" width=\"100%\" role=\"img\"");
      appendAria(sb, prefix);
      sb.append(">\n");
      appendTitleAndDesc(sb, prefix, labels.title(), describe(steps(), state, labels));
      sb.append("<defs>\n");
      appendMarker(sb, prefix + "-arrow", "bpmn-arrow");
      appendMarker(sb, prefix + "-arrow-completed", "bpmn-arrow bpmn-arrow-completed");
      sb.append("</defs>\n");
      sb.append(body);
      sb.append("</svg>\n");
      return sb.toString();
    }

    /** Named flow nodes, left to right (then top to bottom), as the reading order of the desc. */
    private List<BaseElement> steps() {
      return shapes.stream()
          .filter(s -> s.element() instanceof FlowNode)
          .sorted(Comparator.comparingDouble((ShapeInfo s) -> s.box().x())
              .thenComparingDouble(s -> s.box().y())
              .thenComparing(ShapeInfo::id))
          .map(ShapeInfo::element)
          .toList();
    }

    private void include(double x, double y) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }

    private void include(Box b) {
      include(b.x(), b.y());
      include(b.right(), b.bottom());
    }

    /** Estimated extent of centred text, so the viewBox does not clip labels. */
    private void includeText(double cx, double firstBaseline, List<String> lines) {
      if (lines.isEmpty()) {
        return;
      }
      double half = lines.stream().mapToInt(BpmnSvgRenderer::length).max().orElse(0) * CHAR_WIDTH / 2;
      include(cx - half, firstBaseline - FIRST_BASELINE);
      include(cx + half, firstBaseline + (lines.size() - 1) * LINE_HEIGHT + 4);
    }

    private String domId(String elementId) {
      String id = prefix + "-" + elementId;
      // Two DI shapes for one element would otherwise duplicate an id on the page.
      String unique = id;
      for (int i = 2; !usedIds.add(unique); i++) {
        unique = id + "-" + i;
      }
      return unique;
    }

    private void drawShape(ShapeInfo shape) {
      BaseElement element = shape.element();
      Box b = shape.box();
      String id = shape.id();
      boolean active = state.isActive(id);
      boolean completed = state.isCompleted(id);
      String name = nameOf(element);
      Kind kind = shape.kind();
      include(b);

      StringBuilder cls = new StringBuilder();
      switch (kind) {
        case PARTICIPANT -> cls.append("bpmn-container bpmn-participant");
        case LANE -> cls.append("bpmn-container bpmn-lane");
        case EVENT, BOUNDARY_EVENT -> cls.append("bpmn-shape bpmn-event");
        case GATEWAY -> cls.append("bpmn-shape bpmn-gateway");
        case ACTIVITY, EXPANDED_SUBPROCESS -> cls.append("bpmn-shape bpmn-activity");
      }
      String typeClass = "bpmn-" + kebab(element.getElementType().getTypeName());
      if (cls.indexOf(typeClass) < 0) {
        cls.append(' ').append(typeClass);
      }
      if (element instanceof EndEvent) {
        appendClass(cls, "bpmn-end-event");
      }
      if (element instanceof CallActivity) {
        appendClass(cls, "bpmn-call-activity");
      }
      if (kind == Kind.EXPANDED_SUBPROCESS) {
        cls.append(" is-expanded");
      }
      if (element instanceof BoundaryEvent boundary && !boundary.cancelActivity()) {
        cls.append(" is-non-interrupting");
      }
      if (active) {
        cls.append(" is-active");
      } else if (completed) {
        cls.append(" is-completed");
      }

      body.append("<g id=\"").append(esc(domId(id))).append("\" data-element-id=\"").append(esc(id))
          .append("\" class=\"").append(cls).append("\">");
      String title = titleOf(name, active, completed);
      if (!title.isEmpty()) {
        body.append("<title>").append(esc(title)).append("</title>");
      }
      body.append('\n');

      switch (kind) {
        case PARTICIPANT, LANE -> drawContainer(b, name, kind == Kind.PARTICIPANT);
        case EVENT, BOUNDARY_EVENT -> drawEvent(element, b, shape.labelBox(), name);
        case GATEWAY -> drawGateway(element, b, shape.labelBox(), name, shape.markerVisible());
        case ACTIVITY -> drawActivity(element, b, name);
        case EXPANDED_SUBPROCESS -> drawExpandedSubProcess(b, name);
      }
      if (kind != Kind.PARTICIPANT && kind != Kind.LANE) {
        if (active) {
          drawActiveMarker(b, shape.labelBox());
        } else if (completed) {
          drawCheck(b);
        }
      }
      body.append("</g>\n");
    }

    private void drawContainer(Box b, String name, boolean participant) {
      body.append("<rect class=\"bpmn-container-body\"").append(rect(b)).append("/>\n");
      if (participant) {
        body.append("<path class=\"bpmn-container-band\" d=\"M ").append(num(b.x() + BAND)).append(' ')
            .append(num(b.y())).append(" L ").append(num(b.x() + BAND)).append(' ')
            .append(num(b.bottom())).append("\"/>\n");
      }
      // Vertical name in the left band, as modelers draw pools and lanes.
      List<String> lines = limit(wrap(name, b.h() - 2 * PADDING), 2);
      if (!lines.isEmpty()) {
        double cx = b.x() + BAND / 2;
        double cy = b.cy();
        double first = cy - (lines.size() - 1) * LINE_HEIGHT / 2 + 4;
        appendText("bpmn-label bpmn-container-label", cx, first, lines,
            "rotate(-90 " + num(cx) + " " + num(cy) + ")");
      }
    }

    private void drawEvent(BaseElement element, Box b, Box labelBox, String name) {
      double r = Math.min(b.w(), b.h()) / 2;
      body.append("<circle class=\"bpmn-shape-body\" cx=\"").append(num(b.cx())).append("\" cy=\"")
          .append(num(b.cy())).append("\" r=\"").append(num(r)).append("\"/>\n");
      if (element instanceof IntermediateCatchEvent
          || element instanceof IntermediateThrowEvent
          || element instanceof BoundaryEvent) {
        body.append("<circle class=\"bpmn-event-inner\" cx=\"").append(num(b.cx())).append("\" cy=\"")
            .append(num(b.cy())).append("\" r=\"").append(num(Math.max(r - 3, 1))).append("\"/>\n");
      }
      drawOutsideLabel(b, labelBox, name);
    }

    private void drawGateway(BaseElement element, Box b, Box labelBox, String name, boolean markerVisible) {
      body.append("<polygon class=\"bpmn-shape-body\" points=\"")
          .append(num(b.cx())).append(',').append(num(b.y())).append(' ')
          .append(num(b.right())).append(',').append(num(b.cy())).append(' ')
          .append(num(b.cx())).append(',').append(num(b.bottom())).append(' ')
          .append(num(b.x())).append(',').append(num(b.cy())).append("\"/>\n");
      double s = Math.min(b.w(), b.h()) * 0.2;
      double cx = b.cx();
      double cy = b.cy();
      if (element instanceof ExclusiveGateway && markerVisible) {
        body.append("<path class=\"bpmn-gateway-marker\" d=\"M ").append(num(cx - s)).append(' ')
            .append(num(cy - s)).append(" L ").append(num(cx + s)).append(' ').append(num(cy + s))
            .append(" M ").append(num(cx + s)).append(' ').append(num(cy - s)).append(" L ")
            .append(num(cx - s)).append(' ').append(num(cy + s)).append("\"/>\n");
      } else if (element instanceof ParallelGateway) {
        body.append("<path class=\"bpmn-gateway-marker\" d=\"M ").append(num(cx)).append(' ')
            .append(num(cy - s * 1.2)).append(" L ").append(num(cx)).append(' ').append(num(cy + s * 1.2))
            .append(" M ").append(num(cx - s * 1.2)).append(' ').append(num(cy)).append(" L ")
            .append(num(cx + s * 1.2)).append(' ').append(num(cy)).append("\"/>\n");
      } else if (element instanceof InclusiveGateway || element instanceof EventBasedGateway) {
        body.append("<circle class=\"bpmn-gateway-marker\" cx=\"").append(num(cx)).append("\" cy=\"")
            .append(num(cy)).append("\" r=\"").append(num(s * 1.2)).append("\"/>\n");
      }
      drawOutsideLabel(b, labelBox, name);
    }

    /** Names of events and gateways go below the shape, or where the modeler put them. */
    private void drawOutsideLabel(Box b, Box labelBox, String name) {
      double width = labelBox == null ? OUTSIDE_LABEL_WIDTH : Math.max(labelBox.w(), OUTSIDE_LABEL_WIDTH);
      List<String> lines = limit(wrap(name, width), 4);
      if (lines.isEmpty()) {
        return;
      }
      double cx = labelBox == null ? b.cx() : labelBox.cx();
      double top = labelBox == null ? b.bottom() + 6 : labelBox.y();
      appendText("bpmn-label", cx, top + FIRST_BASELINE, lines, null);
    }

    private void drawActivity(BaseElement element, Box b, String name) {
      body.append("<rect class=\"bpmn-shape-body\"").append(rect(b))
          .append(" rx=\"10\" ry=\"10\"/>\n");
      double reserved = 0;
      if (element instanceof SubProcess) {
        // Collapsed sub-process: the standard [+] marker at the bottom centre.
        double cx = b.cx();
        double top = b.bottom() - 18;
        body.append("<path class=\"bpmn-activity-marker\" d=\"M ").append(num(cx - 7)).append(' ')
            .append(num(top)).append(" h 14 v 14 h -14 Z M ").append(num(cx)).append(' ')
            .append(num(top + 3)).append(" v 8 M ").append(num(cx - 4)).append(' ')
            .append(num(top + 7)).append(" h 8\"/>\n");
        reserved = 18;
      }
      int maxLines = (int) Math.max(1, Math.floor((b.h() - reserved - 2 * PADDING) / LINE_HEIGHT));
      List<String> lines = limit(wrap(name, b.w() - 2 * PADDING), maxLines);
      if (!lines.isEmpty()) {
        double centre = b.y() + (b.h() - reserved) / 2;
        double first = centre - (lines.size() - 1) * LINE_HEIGHT / 2 + 4;
        appendText("bpmn-label", b.cx(), first, lines, null);
      }
    }

    private void drawExpandedSubProcess(Box b, String name) {
      body.append("<rect class=\"bpmn-shape-body\"").append(rect(b))
          .append(" rx=\"10\" ry=\"10\"/>\n");
      List<String> lines = limit(wrap(name, b.w() - 2 * PADDING), 2);
      if (!lines.isEmpty()) {
        appendText("bpmn-label", b.cx(), b.y() + PADDING + FIRST_BASELINE, lines, null);
      }
    }

    /** Visible text, so that "active" is not conveyed by colour alone. */
    private void drawActiveMarker(Box b, Box labelBox) {
      String text = "\u25B6 " + labels.activeLabel();
      // Above the shape, unless the modeler already put the name there.
      boolean nameAbove = labelBox != null && labelBox.bottom() <= b.y();
      double baseline = nameAbove ? b.bottom() + 16 : b.y() - 6;
      body.append("<text class=\"bpmn-state-label\" x=\"").append(num(b.cx())).append("\" y=\"")
          .append(num(baseline)).append("\">").append(esc(text.strip())).append("</text>\n");
      includeText(b.cx(), baseline, List.of(text));
    }

    /** A badge on the top-right corner, clear of the wrapped name. */
    private void drawCheck(Box b) {
      double cx = b.right();
      double cy = b.y();
      body.append("<circle class=\"bpmn-check-badge\" cx=\"").append(num(cx)).append("\" cy=\"")
          .append(num(cy)).append("\" r=\"").append(num(BADGE_RADIUS)).append("\"/>")
          .append("<text class=\"bpmn-check\" x=\"").append(num(cx)).append("\" y=\"")
          .append(num(cy + 4.5)).append("\">\u2713</text>\n");
      include(cx - BADGE_RADIUS, cy - BADGE_RADIUS);
      include(cx + BADGE_RADIUS, cy + BADGE_RADIUS);
    }

    private void drawEdge(EdgeInfo edge) {
      BaseElement element = edge.element();
      boolean completed = false;
      StringBuilder cls = new StringBuilder("bpmn-edge");
      if (element instanceof SequenceFlow flow) {
        cls.append(" bpmn-sequence-flow");
        String source = flow.getSource() == null ? null : flow.getSource().getId();
        String target = flow.getTarget() == null ? null : flow.getTarget().getId();
        // The token went through this flow.
        completed = state.isCompleted(source) && (state.isCompleted(target) || state.isActive(target));
      } else {
        cls.append(" bpmn-message-flow");
      }
      if (completed) {
        cls.append(" is-completed");
      }
      String name = nameOf(element);

      body.append("<g id=\"").append(esc(domId(element.getId()))).append("\" data-element-id=\"")
          .append(esc(element.getId())).append("\" class=\"bpmn-flow").append(completed ? " is-completed" : "")
          .append("\">");
      if (!name.isEmpty()) {
        body.append("<title>").append(esc(flat(name))).append("</title>");
      }
      body.append("<path class=\"").append(cls).append("\" d=\"");
      List<double[]> points = edge.points();
      for (int i = 0; i < points.size(); i++) {
        double[] p = points.get(i);
        include(p[0], p[1]);
        body.append(i == 0 ? "M " : " L ").append(num(p[0])).append(' ').append(num(p[1]));
      }
      body.append("\" marker-end=\"url(#").append(esc(prefix))
          .append(completed ? "-arrow-completed" : "-arrow").append(")\"/>");

      List<String> lines = limit(wrap(name, EDGE_LABEL_WIDTH), 3);
      if (!lines.isEmpty()) {
        body.append('\n');
        double cx;
        double first;
        if (edge.labelBox() != null) {
          cx = edge.labelBox().cx();
          first = edge.labelBox().y() + FIRST_BASELINE;
        } else {
          double[] mid = midpoint(points);
          double halfWidth = lines.stream().mapToInt(BpmnSvgRenderer::length).max().orElse(0) * CHAR_WIDTH / 2;
          if (mid[2] > 0) {
            // Horizontal-ish segment: label above the line.
            cx = mid[0];
            first = mid[1] - 6 - (lines.size() - 1) * LINE_HEIGHT;
          } else {
            // Vertical-ish segment: label to the right of the line.
            cx = mid[0] + 6 + halfWidth;
            first = mid[1] + 4 - (lines.size() - 1) * LINE_HEIGHT / 2;
          }
        }
        appendText("bpmn-label bpmn-edge-label", cx, first, lines, null);
      }
      body.append("</g>\n");
    }

    private void appendText(String cls, double cx, double firstBaseline, List<String> lines, String transform) {
      body.append("<text class=\"").append(cls).append("\" x=\"").append(num(cx)).append("\" y=\"")
          .append(num(firstBaseline)).append('"');
      if (transform != null) {
        body.append(" transform=\"").append(esc(transform)).append('"');
      } else {
        includeText(cx, firstBaseline, lines);
      }
      body.append('>');
      for (int i = 0; i < lines.size(); i++) {
        body.append("<tspan x=\"").append(num(cx)).append("\" y=\"")
            .append(num(firstBaseline + i * LINE_HEIGHT)).append("\">").append(esc(lines.get(i)))
            .append("</tspan>");
      }
      body.append("</text>\n");
    }

    private String titleOf(String name, boolean active, boolean completed) {
      String title = flat(name);
      String word = active ? labels.activeLabel() : completed ? labels.completedLabel() : "";
      if (!word.isBlank()) {
        title = title.isEmpty() ? "(" + word + ")" : title + " (" + word + ")";
      }
      return title;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shared helpers

  private static void appendAria(StringBuilder sb, String prefix) {
    sb.append(" aria-labelledby=\"").append(esc(prefix)).append("-title\" aria-describedby=\"")
        .append(esc(prefix)).append("-desc\"");
  }

  private static void appendTitleAndDesc(StringBuilder sb, String prefix, String title, String desc) {
    sb.append("<title id=\"").append(esc(prefix)).append("-title\">").append(esc(flat(title)))
        .append("</title>\n");
    sb.append("<desc id=\"").append(esc(prefix)).append("-desc\">").append(esc(desc)).append("</desc>\n");
  }

  private static void appendMarker(StringBuilder sb, String id, String cls) {
    // userSpaceOnUse keeps arrowheads the same size whatever the (CSS) stroke width.
    sb.append("<marker id=\"").append(esc(id)).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
        .append(" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\"")
        .append(" orient=\"auto\"><path class=\"").append(cls).append("\" d=\"M 0 0 L 10 5 L 0 10 Z\"/></marker>\n");
  }

  /** "1. Name (state); 2. ..." — plain text for screen readers; unnamed nodes are left out. */
  private static String describe(Collection<? extends BaseElement> steps, DiagramState state, DiagramLabels labels) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (BaseElement step : steps) {
      String name = flat(nameOf(step));
      if (name.isEmpty()) {
        continue;
      }
      if (n > 0) {
        sb.append("; ");
      }
      sb.append(++n).append(". ").append(name);
      String word = state.isActive(step.getId()) ? labels.activeLabel()
          : state.isCompleted(step.getId()) ? labels.completedLabel() : "";
      if (!word.isBlank()) {
        sb.append(" (").append(word.strip()).append(')');
      }
    }
    return sb.toString();
  }

  private static String nameOf(BaseElement element) {
    String name = element.getAttributeValue("name");
    return name == null ? "" : name;
  }

  /** Single-line form of a name (for titles and the desc). */
  static String flat(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Word-wraps {@code text} to lines of at most {@code maxWidth} estimated pixels; explicit line
   * breaks in the name are kept, and words longer than a line are cut.
   */
  static List<String> wrap(String text, double maxWidth) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return lines;
    }
    int max = Math.max(1, (int) Math.floor(maxWidth / CHAR_WIDTH));
    for (String paragraph : text.split("\\r\\n|\\r|\\n")) {
      String p = paragraph.strip();
      if (p.isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (String word : p.split("\\s+")) {
        while (length(word) > max) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          int cut = word.offsetByCodePoints(0, max);
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
        }
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() == 0) {
          line.append(word);
        } else if (length(line.toString()) + 1 + length(word) <= max) {
          line.append(' ').append(word);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** Keeps the first {@code max} lines, marking the cut with an ellipsis (the title has it all). */
  private static List<String> limit(List<String> lines, int max) {
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    String last = kept.get(max - 1);
    int len = length(last);
    if (len > 1) {
      last = last.substring(0, last.offsetByCodePoints(0, len - 1));
    }
    kept.set(max - 1, last.strip() + "\u2026");
    return kept;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Point at half the length of the polyline; [2] is 1 when that segment is mostly horizontal. */
  private static double[] midpoint(List<double[]> points) {
    double total = 0;
    for (int i = 1; i < points.size(); i++) {
      total += distance(points.get(i - 1), points.get(i));
    }
    double remaining = total / 2;
    for (int i = 1; i < points.size(); i++) {
      double[] a = points.get(i - 1);
      double[] b = points.get(i);
      double d = distance(a, b);
      if (d > 0 && remaining <= d) {
        double t = remaining / d;
        boolean horizontal = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]);
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, horizontal ? 1 : 0};
      }
      remaining -= d;
    }
    double[] last = points.get(points.size() - 1);
    return new double[] {last[0], last[1], 1};
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(b[0] - a[0], b[1] - a[1]);
  }

  private static String rect(Box b) {
    return " x=\"" + num(b.x()) + "\" y=\"" + num(b.y()) + "\" width=\"" + num(b.w()) + "\" height=\""
        + num(b.h()) + "\"";
  }

  private static void appendClass(StringBuilder cls, String name) {
    if (!(" " + cls + " ").contains(" " + name + " ")) {
      cls.append(' ').append(name);
    }
  }

  /** "userTask" -> "user-task", for a type-specific CSS hook. */
  private static String kebab(String typeName) {
    StringBuilder sb = new StringBuilder();
    for (char c : typeName.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('-').append(Character.toLowerCase(c));
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Locale-independent number with at most two decimals ("12", "12.5", never "12,5"). */
  static String num(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    if (rounded == 0) {
      return "0";
    }
    return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
  }

  private static String sanitizePrefix(String idPrefix) {
    String p = idPrefix == null ? "" : idPrefix.replaceAll("[^A-Za-z0-9_-]", "_");
    if (p.isEmpty()) {
      return "bpmn";
    }
    // An id must not start with a digit or a hyphen to be usable in url(#...) and CSS.
    return Character.isLetter(p.charAt(0)) || p.charAt(0) == '_' ? p : "d" + p;
  }

  /**
   * Escapes text and attribute values; characters that XML 1.0 cannot carry at all (control
   * characters, lone surrogates) are dropped rather than producing an unparsable document.
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
