package coop.faireavec.process.diagram;

/**
 * A process drawing ready for the page. Only this package can make one, from {@link BpmnSvgRenderer}'s
 * output (which escapes every text it draws), so the page may insert its SVG as markup without ever
 * letting a user's string through unescaped.
 */
public final class RenderedDiagram {

    private final String title;
    private final String svg;

    RenderedDiagram(String title, String svg) {
        this.title = title;
        this.svg = svg;
    }

    public String getTitle() {
        return title;
    }

    public String svg() {
        return svg;
    }
}
