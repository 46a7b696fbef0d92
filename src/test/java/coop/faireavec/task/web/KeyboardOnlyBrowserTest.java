package coop.faireavec.task.web;

import static coop.faireavec.support.Browser.describe;
import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** People on a phone, without mouse or touch, do a whole step with the keyboard. */
@BrowserTest
class KeyboardOnlyBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    coop.faireavec.support.BrowserData steps;

    @Test
    void aPersonWithLivedExperienceAnswersForHerCollegeWithTheKeyboardOnly(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        // the kick-off took place: each college now has its peer session
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        var camille =
                data.memberOfCollege(s.experimentationId(), coop.faireavec.participation.College.LIVED_EXPERIENCE);
        browser.phone();
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.press(camille.getUsername(), Keys.TAB, TestData.PASSWORD, Keys.ENTER);
        browser.waitForPath("/"::equals, "the dashboard");
        // the dashboard's button leads to her steps
        browser.tabTo(
                e -> "a".equals(e.getTagName())
                        && e.getAttribute("href").endsWith("/tasks")
                        && e.getAttribute("class") != null
                        && e.getAttribute("class").contains("button"),
                "see my steps");
        browser.press(Keys.ENTER).waitForPath("/tasks"::equals, "my steps");
        browser.tabTo(e -> "PeerSessions".equals(e.getAttribute("data-step-key")), "her college's step");
        browser.press(Keys.ENTER).waitForPath(p -> p.startsWith("/tasks/"), "the step page");
        assertThat(browser.text("main")).contains("Pour le collège : Personnes concernées");
        browser.tabTo(e -> "textarea".equals(e.getTagName()), "the text box")
                .sendKeys("On nous renvoie d'un guichet à l'autre.");
        browser.tabTo(e -> "button".equals(e.getTagName()) && e.getText().equals("Enregistrer"), "the save button");
        browser.press(Keys.ENTER).waitForPath(p -> p.startsWith("/tasks/done/"), "the confirmation page");
        assertThat(browser.text("main")).contains("On nous renvoie d'un guichet à l'autre.");
        browser.open("/tasks");
        assertThat(browser.findAll(".card.step h3 a"))
                .extracting(e -> e.getAttribute("data-step-key"))
                .doesNotContain("PeerSessions");
        browser.screenshot("participant-done-phone");
    }

    @Test
    void aPractitionerFillsInHerCollegesStepWithTheSkipLinkTabAndShiftTabOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        // the kick-off meeting is held (a meeting step completes with its minutes): a practitioner fills in her
        // college's peer session, a step with a text (a college's own step is its members')
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        var sam = data.memberOfCollege(s.experimentationId(), coop.faireavec.participation.College.PRACTITIONERS);
        browser.phone();
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");

        // sign in: the name field has the focus, Tab to the password, Enter sends the form
        assertThat(browser.focused().getAttribute("id")).as("focus on arrival").isEqualTo("username");
        browser.press(sam.getUsername(), Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("password");
        browser.press(TestData.PASSWORD, Keys.ENTER);
        browser.waitForPath("/"::equals, "the dashboard");

        // the main menu leads to my steps
        browser.tabTo(
                e -> "a".equals(e.getTagName())
                        && e.getText().equals("Mes étapes")
                        && e.getAttribute("href").endsWith("/tasks"),
                "the menu link to my steps");
        browser.press(Keys.ENTER).waitForPath("/tasks"::equals, "my steps");

        // the skip link comes first and takes the focus to the content
        WebElement first = browser.press(Keys.TAB).focused();
        assertThat(first.getAttribute("class"))
                .as("first focusable: %s", describe(first))
                .contains("skip-link");
        assertThat(first.isDisplayed()).as("the skip link shows when focused").isTrue();
        assertThat(first.getRect().getX())
                .as("the skip link is on screen when focused")
                .isGreaterThanOrEqualTo(0);
        browser.press(Keys.ENTER);
        assertThat(browser.focused().getAttribute("id"))
                .as("focus after the skip link")
                .isEqualTo("content");

        // open the step: its link is the first thing in the content
        WebElement step = browser.tabTo(e -> "PeerSessions".equals(e.getAttribute("data-step-key")), "the step link");
        assertThat(step.getTagName()).isEqualTo("a");
        assertVisibleFocus(browser, step);
        browser.press(Keys.ENTER).waitForPath(p -> p.startsWith("/tasks/"), "the step page");

        // type the meeting notes in the text box, reached with Tab
        WebElement notes = browser.tabTo(e -> "textarea".equals(e.getTagName()), "the notes box");
        notes.sendKeys("Douze personnes, les trois collèges.");
        // Shift+Tab works too: go past the button, then come back to it
        WebElement button = browser.tabTo(
                e -> "button".equals(e.getTagName()) && e.getText().equals("Enregistrer"), "the save button");
        browser.tabTo(e -> !e.equals(button), "the element after the button");
        WebElement back = browser.tabTo(e -> e.equals(button), "the button again", true);
        assertVisibleFocus(browser, back);
        browser.press(Keys.SPACE).waitForPath(p -> p.startsWith("/tasks/done/"), "the confirmation page");

        assertThat(browser.text("main [role=status]"))
                .isEqualTo("Merci, c'est enregistré. L'étape suivante peut commencer.");
        assertThat(browser.text("main")).contains("Douze personnes, les trois collèges.");
        browser.open("/tasks");
        // her college's peer session is done: it left her steps
        assertThat(browser.findAll(".card.step h3 a"))
                .extracting(e -> e.getAttribute("data-step-key"))
                .doesNotContain("PeerSessions");
    }

    /** The focused element shows a visible outline (the focus ring), not just a colour change. */
    private static void assertVisibleFocus(Browser browser, WebElement element) {
        Object outline = browser.driver()
                .executeScript(
                        "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;",
                        element);
        assertThat((String) outline)
                .as("focus ring on %s", describe(element))
                .doesNotStartWith("none")
                .doesNotEndWith(" 0px");
    }
}
