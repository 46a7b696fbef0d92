package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Nothing typed is lost: a half-typed step comes back after leaving the page; the session can be extended. */
@BrowserTest
class SessionAndDraftBrowserTest {

    @Autowired TestData data;
    @Autowired coop.faireavec.support.BrowserData steps;

    @Test
    void aHalfTypedStepComesBackAsADraftAfterLeavingThePage(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        // the kick-off meeting is held: the carrier's first step is now a peer session, a step with a text
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        browser.phone().signIn(s.carrier().getUsername()).open("/tasks");
        browser.find(".card.step h3 a").sendKeys(Keys.ENTER);
        browser.waitForPath(p -> p.startsWith("/tasks/"), "the step page");
        String stepPath = browser.path();
        browser.find("textarea#body").sendKeys("Douze personnes sont venues");
        // the session ends, the phone dies, the tab is closed: the person comes back later
        browser.open("/").open(stepPath);
        assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo("Douze personnes sont venues");
        assertThat(browser.find("#draft-restored").isDisplayed()).isTrue();
        browser.assertAccessible();
    }

    @Test
    void theSessionWarningOffersToStaySignedIn(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        browser.phone().signIn(s.carrier().getUsername()).open("/tasks");
        assertThat(browser.find("body").getAttribute("data-session-seconds")).isEqualTo("1800");
        assertThat(browser.find("#session-warning").isDisplayed()).isFalse();
        browser.driver().executeScript("document.dispatchEvent(new Event('faireavec:session-warning'))");
        WebElement extend = browser.find("#session-extend");
        assertThat(browser.find("#session-warning").isDisplayed()).isTrue();
        assertThat(browser.focused()).isEqualTo(extend);
        browser.assertAccessible().screenshot("session-warning-phone");
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("session-warning")).isDisplayed());
    }
}
