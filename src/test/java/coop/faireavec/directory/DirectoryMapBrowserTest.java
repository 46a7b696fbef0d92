package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import coop.faireavec.security.ContentSecurityPolicy;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The directory's map in a real browser, with a tile server of its own (a JDK {@link HttpServer} serving one tiny
 * PNG for every tile, at the configured {@code faireavec.directory.tiles.url}): when it fails, the page says the map is
 * unavailable and the list still works; when it serves, the markers appear, many of them clustered, each reachable
 * with the keyboard and named like its organisation in the list beside the map. axe-core finds no WCAG 2.1 AA
 * violation in either case, and the page's Content-Security-Policy allows images from the tile server and nothing more.
 */
@BrowserTest
class DirectoryMapBrowserTest {

    private static final AtomicBoolean TILES_UP = new AtomicBoolean();
    private static final AtomicInteger TILES_SERVED = new AtomicInteger();
    private static final HttpServer TILES = startTileServer();

    @DynamicPropertySource
    static void tileServer(DynamicPropertyRegistry properties) {
        properties.add("faireavec.directory.tiles.url", () -> tileOrigin() + "/tiles/{z}/{x}/{y}.png");
        properties.add("faireavec.directory.tiles.attribution", () -> "Tuiles de test");
    }

    @AfterAll
    static void stopTileServer() {
        TILES.stop(0);
    }

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @LocalServerPort
    int port;

    @Test
    void whenTheTileServerFailsThePageSaysTheMapIsUnavailableAndTheListStillWorks(Browser browser) {
        TILES_UP.set(false);
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        String base = "/directory/" + s.territoryId();

        browser.desktop().signIn(s.carrier().getUsername()).open(base + "/map");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage("waiting for the page to say the map is unavailable")
                .until(d -> d.findElement(By.id("map-unavailable")).isDisplayed());
        assertThat(browser.find("#directory-map").isDisplayed()).isFalse();
        assertThat(browser.text("#map-unavailable")).contains("La carte n'est pas disponible");
        browser.assertAccessible();

        browser.tabTo(e -> e.getText().startsWith("Épicerie"), "the organisation in the list");
        browser.press(Keys.ENTER);
        browser.waitForPath(p -> p.equals(base + "/structures/" + items.structureId()), "the organisation's page");
    }

    @Test
    void withTilesTheMarkersAppearClusteredWhenManyReachableWithTheKeyboardAndNamedInTheList(Browser browser) {
        TILES_UP.set(true);
        TestData.Scenario s = data.runningExperimentation();
        List<String> grid = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            grid.add(add(s, String.format("Grille %02d", i), 47.6500 + (i / 5) * 0.002, -2.0800 + (i % 5) * 0.002));
        }
        String far = add(s, "Maison des solidarités de Bain", 47.8400, -1.6800);
        String base = "/directory/" + s.territoryId();

        browser.desktop().signIn(s.carrier().getUsername()).open(base + "/map");
        browser.waitFor(".leaflet-tile-loaded");
        assertThat(TILES_SERVED.get()).isPositive();
        WebElement cluster = browser.waitFor(".marker-cluster");
        assertThat(cluster.getText()).isEqualTo("25");
        assertThat(browser.find("#map-unavailable").isDisplayed()).isFalse();

        // every marker is named like an organisation of the list beside the map, its text equivalent
        List<String> listed = browser.findAll(".directory-map-list li").stream()
                .map(li -> li.getAttribute("data-name"))
                .toList();
        assertThat(listed).containsAll(grid).contains(far);
        assertThat(browser.findAll(".leaflet-marker-icon:not(.marker-cluster)"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(listed).contains(m.getAttribute("title")));
        assertThat(browser.findAll(".directory-map-list li button")).hasSize(26);
        browser.assertAccessible();

        // a marker: Tab to it, Enter opens its popup with the link to its page
        browser.tabTo(e -> far.equals(e.getAttribute("title")), "the marker of " + far);
        browser.press(Keys.ENTER);
        // the popup fades in: its link has no visible text until it is shown
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d ->
                        far.equals(browser.waitFor(".leaflet-popup-content a").getText()));

        // the cluster: Tab to it, Enter zooms in until its markers show one by one
        tabToEitherWay(browser, e -> e.getAttribute("class").contains("marker-cluster"), "the cluster");
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage("waiting for the cluster's markers after Enter")
                .until(d -> d.findElements(By.cssSelector(".leaflet-marker-icon:not(.marker-cluster)")).stream()
                        .anyMatch(m -> grid.contains(m.getAttribute("title"))));
        browser.assertAccessible();
    }

    @Test
    void theMapPagesPolicyAllowsImagesFromTheTileServerAndNothingMore() throws Exception {
        TestData.DirectoryItems items = data.directoryFixture(data.runningExperimentation());
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/territories/" + items.slug() + "/directory/map"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues(ContentSecurityPolicy.HEADER))
                .containsExactly("default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data: " + tileOrigin() + "; font-src 'self'; object-src 'none'; "
                        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    /** Tabs forwards to the element, or backwards when it is before the focus. */
    private static void tabToEitherWay(Browser browser, Predicate<WebElement> wanted, String description) {
        try {
            browser.tabTo(wanted, description, true);
        } catch (AssertionError before) {
            browser.tabTo(wanted, description, false);
        }
    }

    private String add(TestData.Scenario s, String name, double latitude, double longitude) {
        StructureDetails details = new StructureDetails(
                name, null, null, null, null, "35600", "Redon", null, latitude, longitude, null, null, null, null, null,
                List.of(), true, false);
        directory.addStructure(s.carrier().viewer(), s.territoryId(), details);
        return name;
    }

    private static String tileOrigin() {
        return "http://127.0.0.1:" + TILES.getAddress().getPort();
    }

    /** Serves one 256 px PNG for every tile while {@link #TILES_UP}, else 503. */
    private static HttpServer startTileServer() {
        try {
            BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            byte[] tile = png.toByteArray();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/tiles/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    // no caching: a tile served for one test must not hide the failure another one sets up
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    if (!TILES_UP.get()) {
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    TILES_SERVED.incrementAndGet();
                    exchange.getResponseHeaders().set("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, tile.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(tile);
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
