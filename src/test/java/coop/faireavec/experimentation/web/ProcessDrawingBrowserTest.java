package coop.faireavec.experimentation.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The experimentation page's process drawings, made by bpmn-js in a real browser under the site's strict CSP: the
 * state markers, the fit to a phone's width, axe-core, the keyboard. Also exports the pictures of docs/processes/
 * through bpmn-js, written there only when asked (FAIREAVEC_SCREENSHOTS=update).
 */
@BrowserTest
class ProcessDrawingBrowserTest {

    private static final String KICK_OFF = "KickOffMeeting";
    /** Records Content-Security-Policy violations from the very start of each page (before its own scripts). */
    private static final String CSP_RECORDER = "window.cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation',"
            + "   e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    private void recordCspViolations(Browser browser) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
    }

    /** The CSS classes of the drawn element with that BPMN id in one drawing (0: main flow, 1: running phase). */
    private static String classesOf(Browser browser, int drawing, String elementId) {
        return browser.findAll(".process-drawing")
                .get(drawing)
                .findElement(org.openqa.selenium.By.cssSelector(".djs-element[data-element-id='" + elementId + "']"))
                .getAttribute("class");
    }

    private long openDrawnPage(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        steps.completeFirst(s.carrier(), KICK_OFF);
        recordCspViolations(browser);
        browser.signIn(s.carrier().getUsername()).open("/experimentations/" + s.experimentationId());
        browser.waitFor(".process-drawing:nth-of-type(2).is-drawn .djs-container svg");
        return s.experimentationId();
    }

    @Test
    void theDrawingsMarkWhatIsDoneRunningAndToComeAndFitAPhoneUnderTheStrictCsp(Browser browser) {
        browser.phone();
        openDrawnPage(browser);
        assertThat(browser.findAll(".process-drawing.is-drawn")).hasSize(2);
        assertThat(classesOf(browser, 0, "ExperimentationStarted")).contains("fa-done");
        assertThat(classesOf(browser, 0, "Phase1SharedDiagnosis")).contains("fa-current");
        assertThat(classesOf(browser, 0, "Phase2ActionLeads")).contains("fa-upcoming");
        assertThat(classesOf(browser, 1, "KickOffMeeting")).contains("fa-done");
        assertThat(classesOf(browser, 1, "PeerSessions")).contains("fa-current");
        assertThat(classesOf(browser, 1, "DraftSynthesis")).contains("fa-upcoming");
        // not colour only: a tick on what is done, words on what runs (both drawings)
        assertThat(browser.findAll(".fa-badge-done"))
                .extracting(WebElement::getText)
                .contains("✓");
        assertThat(browser.findAll(".fa-badge-current"))
                .extracting(WebElement::getText)
                .hasSize(2)
                .allSatisfy(t -> assertThat(t).isEqualTo("▶ en cours"));
        // the bpmn.io watermark its licence asks for is there and visible
        assertThat(browser.findAll(".process-canvas .bjs-powered-by"))
                .hasSize(2)
                .allSatisfy(logo -> assertThat(logo.isDisplayed()).isTrue());
        // the viewer worked without breaking the Content-Security-Policy
        assertThat((List<?>) browser.driver().executeScript("return window.cspViolations"))
                .isEmpty();
        // fitted to the width: the whole drawing is inside its box, which is inside the screen
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) browser.driver()
                .executeScript("return [...document.querySelectorAll('.process-canvas')].map(c => {"
                        + " const box = c.getBoundingClientRect();"
                        + " const drawing = c.querySelector('.djs-container svg .viewport').getBoundingClientRect();"
                        + " return {left: box.left, right: box.right, dLeft: drawing.left, dRight: drawing.right,"
                        + "   width: document.documentElement.clientWidth}; })");
        assertThat(boxes).hasSize(2).allSatisfy(b -> {
            assertThat(b.get("right").doubleValue())
                    .isLessThanOrEqualTo(b.get("width").doubleValue());
            assertThat(b.get("dLeft").doubleValue())
                    .isGreaterThanOrEqualTo(b.get("left").doubleValue() - 1);
            assertThat(b.get("dRight").doubleValue())
                    .isLessThanOrEqualTo(b.get("right").doubleValue() + 1);
        });
        browser.assertNoHorizontalScroll().assertAccessible().assertTargetsAtLeast44px();
        browser.driver()
                .executeScript(
                        "document.querySelector('.process-drawing:nth-of-type(2) .process-toolbar').scrollIntoView()");
        browser.screenshot("process-drawing-phone");
        browser.desktop().assertAccessible().assertTargetsAtLeast44px();
        browser.driver().executeScript("document.querySelector('.process-drawing:nth-of-type(2)').scrollIntoView()");
        browser.screenshot("process-drawing-desktop");
    }

    @Test
    void theDrawingIsZoomedAndMovedWithTheKeyboardAloneAndDoesNotTrapTheFocus(Browser browser) {
        browser.desktop();
        openDrawnPage(browser);
        WebElement main = browser.find(".process-drawing .process-steps");
        browser.driver().executeScript("arguments[0].setAttribute('tabindex', '-1'); arguments[0].focus();", main);
        // after the list (which has nothing to press), the first drawing's buttons come first
        WebElement zoomIn = browser.tabTo(e -> "in".equals(e.getAttribute("data-zoom")), "the zoom-in button");
        String fitted = viewport(browser, 0);
        browser.press(Keys.ENTER);
        String zoomed = viewport(browser, 0);
        assertThat(zoomed).isNotEqualTo(fitted);
        browser.tabTo(e -> "fit".equals(e.getAttribute("data-zoom")), "the show-all button");
        browser.press(Keys.SPACE);
        assertThat(viewport(browser, 0)).isEqualTo(fitted);
        // the drawing itself takes the focus; the arrow keys move it
        browser.tabTo(e -> "svg".equals(e.getTagName()), "the drawing");
        browser.press(Keys.ARROW_LEFT);
        assertThat(viewport(browser, 0)).isNotEqualTo(fitted);
        // and Tab leaves it for the next drawing's buttons
        WebElement next = browser.tabTo(
                e -> "in".equals(e.getAttribute("data-zoom")) && !e.equals(zoomIn),
                "the second drawing's zoom-in button");
        assertThat(next.isDisplayed()).isTrue();
    }

    /** A saved picture has no page behind it: a white rectangle under the drawing keeps it readable on dark pages. */
    private static String withWhiteBackground(String svg) {
        Matcher box = Pattern.compile("<svg[^>]*viewBox=\"([-\\d.]+) ([-\\d.]+) ([\\d.]+) ([\\d.]+)\"[^>]*>")
                .matcher(svg);
        assertThat(box.find()).as("the saved SVG has a viewBox").isTrue();
        return svg.substring(0, box.end()) + "<rect x=\"" + box.group(1) + "\" y=\"" + box.group(2) + "\" width=\""
                + box.group(3) + "\" height=\"" + box.group(4) + "\" fill=\"#ffffff\"/>" + svg.substring(box.end());
    }

    /** The transform of one drawing's viewport, which changes when it is zoomed or moved. */
    private static String viewport(Browser browser, int drawing) {
        return (String) browser.driver()
                .executeScript(
                        "return document.querySelectorAll('.process-canvas')[arguments[0]]"
                                + ".querySelector('.djs-container svg .viewport').getAttribute('transform');",
                        drawing);
    }

    /**
     * Each BPMN file is drawn by bpmn-js without import warnings and with every flow node; the SVG bpmn-js saves is
     * the picture of docs/processes/ (written to target/processes/ always, to docs/ only with
     * FAIREAVEC_SCREENSHOTS=update, so that a normal build leaves docs/ alone).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "experimentation",
                "phase-1-shared-diagnosis",
                "phase-2-action-leads",
                "phase-3-experimenting",
                "phase-4-consolidation"
            })
    void theProcessPicturesOfTheDocsAreDrawnByBpmnJs(String key, Browser browser) throws Exception {
        Path file = Path.of("processes", key + ".bpmn");
        if (!browser.driver().getCurrentUrl().contains("/experimentations/")) {
            // any page that loads the viewer will do
            openDrawnPage(browser);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.driver()
                .executeAsyncScript(
                        "const xml = arguments[0], done = arguments[arguments.length - 1];"
                                + " const box = document.createElement('div');"
                                + " box.style.width = '1600px'; box.style.height = '900px';"
                                + " document.body.appendChild(box);"
                                + " const viewer = new BpmnJS({container: box});"
                                + " viewer.importXML(xml)"
                                + "   .then(imported => viewer.saveSVG().then(saved => ({svg: saved.svg,"
                                + "     warnings: imported.warnings.map(w => String(w.message))})))"
                                + "   .then(r => { viewer.destroy(); box.remove(); done(r); })"
                                + "   .catch(e => done({error: String(e)}));",
                        Files.readString(file));
        assertThat(result.get("error")).as("bpmn-js error").isNull();
        assertThat((List<?>) result.get("warnings"))
                .as("bpmn-js import warnings")
                .isEmpty();
        String svg = (String) result.get("svg");
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(svg).as("%s is drawn", node.getId()).contains("data-element-id=\"" + node.getId() + "\"");
        }
        svg = withWhiteBackground(svg);
        Path latest = Path.of("target", "processes", key + ".svg");
        Files.createDirectories(latest.getParent());
        Files.writeString(latest, svg);
        if ("update".equals(System.getenv("FAIREAVEC_SCREENSHOTS"))) {
            Files.writeString(Path.of("docs", "processes", key + ".svg"), svg);
        }
    }
}
