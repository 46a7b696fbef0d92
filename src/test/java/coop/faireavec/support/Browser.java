package coop.faireavec.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, with the few things our browser tests need: sign in through the real
 * form, set the viewport, take screenshots into {@code docs/screenshots/}, run axe-core, press keys.
 * Chromium and chromedriver come from the system: Selenium Manager never downloads anything.
 */
public final class Browser implements AutoCloseable {

    /** Debian's packages; -Dfaireavec.chromium / -Dfaireavec.chromedriver point elsewhere. */
    public static final String CHROMIUM = System.getProperty("faireavec.chromium", "/usr/bin/chromium");

    public static final String CHROMEDRIVER = System.getProperty("faireavec.chromedriver", "/usr/bin/chromedriver");
    public static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    static Browser start(String baseUrl) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("faireavec-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--password-store=basic",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--force-device-scale-factor=1",
                "--window-size=1280,800",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    // --- navigation -------------------------------------------------------------------------------------------

    public Browser open(String path) {
        driver.get(baseUrl + path);
        settleAutofocus();
        return this;
    }

    /** The path (and query) of the page shown now, without the host. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Waits until the browser shows a page whose path matches, e.g. after a form was submitted. */
    public Browser waitForPath(Predicate<String> expected, String description) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "waiting for " + description + ", at " + path())
                .until(d -> expected.test(path()) && pageLoaded());
        settleAutofocus();
        return this;
    }

    /**
     * Waits (up to 10 s) until the page's {@code autofocus} field has the focus. Chromium moves the focus there at its
     * next rendering step, after the load event; on a busy machine a test reading or typing right after the load
     * would otherwise find the focus still on the page itself. Pages without such a field return at once.
     */
    private void settleAutofocus() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> (Boolean) driver.executeScript("const a = document.querySelector('[autofocus]');"
                            + " return a === null || document.activeElement === a;"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // left to the test's own assertion, which says what has the focus
        }
    }

    /** Signs in through the real login form (any previous session is forgotten first); lands on the dashboard. */
    public Browser signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        return waitForPath(p -> !p.startsWith("/login"), "the dashboard after signing in as " + username);
    }

    public Browser signIn(String username) {
        return signIn(username, TestData.PASSWORD);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits (up to 10 s) for an element that a script adds to the page, e.g. the process drawing; returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "waiting for " + css + " on " + path())
                .until(d ->
                        d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Submits the form holding that submit button with a mouse click (for pages, not for keyboard tests). */
    public Browser submit(String buttonCss) {
        WebElement html = find("html");
        find(buttonCss).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(html) && pageLoaded());
        settleAutofocus();
        return this;
    }

    private boolean pageLoaded() {
        return "complete".equals(driver.executeScript("return document.readyState"));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium, asked while the old page is being replaced, may say this instead of "stale element"
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    // --- viewport and screenshots ------------------------------------------------------------------------------

    /** Sets the layout viewport (CSS pixels, scale 1), whatever the window's minimum size. */
    public Browser viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    public Browser phone() {
        return viewport(375, 812);
    }

    public Browser desktop() {
        return viewport(1280, 800);
    }

    /**
     * Saves what the viewport shows to target/screenshots/name.png, and to the committed docs/screenshots/name.png
     * when that one is missing or when FAIREAVEC_SCREENSHOTS=update: test data (names, dates) differ on each run,
     * so rewriting the committed pictures every time would leave every working tree dirty.
     */
    public Path screenshot(String name) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Path latest = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(latest.getParent());
            Files.write(latest, png);
            Path committed = SCREENSHOTS.resolve(name + ".png");
            if (!Files.exists(committed) || "update".equals(System.getenv("FAIREAVEC_SCREENSHOTS"))) {
                Files.createDirectories(SCREENSHOTS);
                Files.write(committed, png);
            }
            return latest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- checks ------------------------------------------------------------------------------------------------

    /** axe-core with the WCAG 2.0/2.1 A and AA rules finds no violation on the page shown. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core failed on " + path() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder(
                    "axe-core: " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + path() + "\n");
            for (Rule rule : violations) {
                report.append("- ")
                        .append(rule.getId())
                        .append(" (")
                        .append(rule.getImpact())
                        .append("): ")
                        .append(rule.getHelp())
                        .append(" — ")
                        .append(rule.getHelpUrl())
                        .append('\n');
                for (CheckedNode node : rule.getNodes()) {
                    report.append("    node ")
                            .append(node.getTarget())
                            .append(": ")
                            .append(node.getHtml())
                            .append('\n');
                    if (node.getFailureSummary() != null) {
                        report.append("      ")
                                .append(node.getFailureSummary().replace("\n", "\n      "))
                                .append('\n');
                    }
                }
            }
            System.err.println(report);
            fail(report.toString());
        }
        return this;
    }

    /** The page itself does not scroll sideways (scrolling containers inside it may). */
    public Browser assertNoHorizontalScroll() {
        Map<?, ?> size = (Map<?, ?>) driver.executeScript(
                "const e = document.documentElement;" + " return {scroll: e.scrollWidth, client: e.clientWidth};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long client = ((Number) size.get("client")).longValue();
        assertThat(scroll)
                .as(
                        "page width on %s (%s wide viewport): the widest elements are %s",
                        path(), client, widestElements(client))
                .isLessThanOrEqualTo(client);
        return this;
    }

    private Object widestElements(long client) {
        return driver.executeScript(
                "const out = [];"
                        + " for (const el of document.querySelectorAll('body *')) {"
                        + "   const r = el.getBoundingClientRect();"
                        + "   if (r.right > arguments[0] + 0.5) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                        + "     + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')"
                        + "     + ' right=' + Math.round(r.right));"
                        + " } return out.slice(0, 10);",
                client);
    }

    /**
     * Every visible link, button and form field is at least 44 by 44 CSS pixels, except links inside a sentence
     * (WCAG 2.5.5 "inline" exception) and radio buttons or check boxes, whose whole label is their target.
     */
    public Browser assertTargetsAtLeast44px() {
        Object small = driver.executeScript("const out = [];"
                + " const inline = el => el.tagName === 'A' && el.parentElement.matches('p, li, dd, span')"
                + "   && el.parentElement.textContent.trim() !== el.textContent.trim();"
                + " for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex=\"0\"]')) {"
                + "   const r = el.getBoundingClientRect();"
                + "   if (r.width === 0 || r.height === 0 || el.matches('.skip-link')) continue;"
                + "   let target = r;"
                + "   if (el.matches('input[type=radio], input[type=checkbox]') && el.labels.length) {"
                + "     const l = el.labels[0].getBoundingClientRect(); target = {width: l.right - Math.min(l.left, r.left), height: Math.max(l.height, r.height)}; }"
                + "   if (inline(el)) continue;"
                + "   if (target.width < 44 || target.height < 44) out.push(el.outerHTML.substring(0, 80)"
                + "     + ' ' + Math.round(target.width) + 'x' + Math.round(target.height));"
                + " } return out;");
        assertThat((List<?>) small)
                .as("touch targets under 44x44 px on %s", path())
                .isEmpty();
        return this;
    }

    public String lang() {
        return find("html").getAttribute("lang");
    }

    // --- keyboard ----------------------------------------------------------------------------------------------

    /** The element that has the focus now. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys as a person at a keyboard would: they go to whatever has the focus. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses Tab (or Shift+Tab when backwards) until the focused element matches; fails after 40 presses. */
    public WebElement tabTo(Predicate<WebElement> wanted, String description, boolean backwards) {
        for (int i = 0; i < 40; i++) {
            if (backwards) {
                new Actions(driver)
                        .keyDown(Keys.SHIFT)
                        .sendKeys(Keys.TAB)
                        .keyUp(Keys.SHIFT)
                        .perform();
            } else {
                press(Keys.TAB);
            }
            WebElement now = focused();
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("could not reach " + description + " with the keyboard on " + path());
    }

    public WebElement tabTo(Predicate<WebElement> wanted, String description) {
        return tabTo(wanted, description, false);
    }

    /** A description of an element, for messages: tag, id and text. */
    public static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + "> " + element.getText();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
