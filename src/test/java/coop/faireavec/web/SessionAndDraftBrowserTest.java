package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
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

    @Autowired
    TestData data;

    @Autowired
    coop.faireavec.support.BrowserData steps;

    @Test
    void aHalfTypedStepComesBackAsADraftAfterLeavingThePage(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        // the kick-off meeting is held: the carrier's first step is now a peer session, a step with a text
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        // a member of a college types in her college's peer session (a college's own step is its members')
        AccountPrincipal member = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        browser.phone().signIn(member.getUsername()).open("/tasks");
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

    /** The drafts kept in this browser (localStorage keys and values), whoever they belong to. */
    private static String drafts(Browser browser) {
        return String.valueOf(browser.driver()
                .executeScript("var out = [];"
                        + "for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
                        + " if (k.indexOf('faireavec-draft:') === 0) { out.push(k + '=' + localStorage.getItem(k)); } }"
                        + "return out.join('\\n');"));
    }

    /** Signs in, opens the carrier's first step with a text and types in it; returns the step's path. */
    private String typeInAStep(Browser browser, TestData.Scenario s, String text) {
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        // a member of a college types in her college's peer session (a college's own step is its members')
        AccountPrincipal member = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        browser.phone().signIn(member.getUsername()).open("/tasks");
        browser.find(".card.step h3 a").sendKeys(Keys.ENTER);
        browser.waitForPath(p -> p.startsWith("/tasks/"), "the step page");
        browser.find("textarea#body").sendKeys(text);
        return browser.path();
    }

    @Test
    void aDraftBelongsToThePersonSignedInAndLeavesTheComputerWithThem(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        String stepPath = typeInAStep(browser, s, "Ce que Claire a entendu");
        String owner = browser.find("meta[name='faireavec-draft-owner']").getAttribute("content");
        assertThat(drafts(browser))
                .contains("faireavec-draft:" + owner + ":" + stepPath)
                .contains("Ce que Claire a entendu")
                .doesNotContain(data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE)
                        .getUsername());
        // signing out takes the drafts away
        browser.submit("form[action$='/logout'] button[type=submit]");
        assertThat(drafts(browser)).isEmpty();

        // left signed in on a shared computer: the session ends, the next person meets the sign-in page
        TestData.Scenario other = data.runningExperimentation();
        String otherPath = typeInAStep(browser, other, "Ce que la personne suivante ne doit pas lire");
        assertThat(drafts(browser)).contains("ne doit pas lire");
        browser.driver().manage().deleteAllCookies();
        browser.open(otherPath);
        browser.waitForPath(p -> p.startsWith("/login"), "the sign-in page");
        assertThat(drafts(browser)).isEmpty();
    }

    @Test
    void aDraftIsKeptWhenTheServerFailsAndDeletedOnlyOnceTheFormIsAccepted(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        String stepPath = typeInAStep(browser, s, "Douze personnes sont venues");
        // the server does not take the form (an error page instead of the next page)
        browser.driver()
                .executeScript("document.querySelector(\"form[action='" + stepPath + "']\")"
                        + ".setAttribute('action', '/tasks/no-such-step')");
        browser.submit("form[action='/tasks/no-such-step'] button[type=submit]");
        assertThat(drafts(browser)).contains("Douze personnes sont venues");
        browser.open(stepPath);
        assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo("Douze personnes sont venues");
        // accepted: the next page says so, and only then the draft goes
        browser.submit("form[action='" + stepPath + "'] button[type=submit]");
        assertThat(browser.find("[data-draft-accepted]").isDisplayed()).isTrue();
        assertThat(drafts(browser)).isEmpty();
    }
}
