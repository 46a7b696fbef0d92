package coop.faireavec.process.diagram;

/**
 * Localized words used inside the SVG, supplied by the caller so the renderer stays language-free.
 *
 * @param activeLabel word for a running step, e.g. "en cours"
 * @param completedLabel word for a finished step, e.g. "terminé"
 * @param title accessible title of the whole diagram
 */
public record DiagramLabels(String activeLabel, String completedLabel, String title) {

  public DiagramLabels {
    activeLabel = activeLabel == null ? "" : activeLabel;
    completedLabel = completedLabel == null ? "" : completedLabel;
    title = title == null ? "" : title;
  }
}
