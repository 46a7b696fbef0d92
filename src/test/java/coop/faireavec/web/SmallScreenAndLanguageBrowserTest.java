package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages fit the narrowest phones (320 CSS pixels) and speak English when asked. */
@BrowserTest
class SmallScreenAndLanguageBrowserTest {

    @Autowired
    TestData data;

    @Test
    void nothingScrollsSidewaysOnA320PixelWideScreen(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        browser.viewport(320, 640).signIn(s.carrier().getUsername());
        browser.open("/").assertNoHorizontalScroll();
        browser.open("/tasks").assertNoHorizontalScroll();
        assertThat(browser.findAll(".card.step")).hasSize(1);
        // the process drawings are fitted to the screen's width
        browser.open("/experimentations/" + s.experimentationId());
        browser.waitFor(".process-drawing.is-drawn .djs-container svg");
        browser.assertNoHorizontalScroll();
    }

    @Test
    void thePagesSpeakEnglishWithLangEn(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        browser.phone().signIn(s.carrier().getUsername());
        try {
            browser.open("/?lang=en");
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(browser.text("h1")).isEqualTo("Home");
            assertThat(browser.text(".skip-link")).isEmpty(); // off screen until focused
            assertThat(browser.find(".skip-link").getAttribute("textContent")).isEqualTo("Skip to content");
            assertThat(browser.find("nav").getAttribute("aria-label")).isEqualTo("Main menu");
            browser.assertAccessible().screenshot("dashboard-english-phone");

            // remembered on the next page; the link back to French is marked as French
            browser.open("/tasks");
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(browser.text("h1")).isEqualTo("My steps");
            assertThat(browser.find("a[hreflang=fr]").getAttribute("lang")).isEqualTo("fr");
            browser.assertAccessible();
        } finally {
            browser.open("/?lang=fr");
        }
        assertThat(browser.lang()).isEqualTo("fr");
    }
}
