package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** axe-core (WCAG 2.1 A/AA) on the pages the other browser tests do not reach: leads, durations, my words, done. */
@BrowserTest
class MorePagesAccessibilityBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Test
    void theLeadsDurationsMyWordsAndConfirmationPagesAreAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        // the kick-off meeting is held: the carrier's first step is now a peer session, a step with a text
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        browser.phone().signIn(s.carrier().getUsername());

        browser.open("/experimentations/" + id + "/leads").assertAccessible().assertTargetsAtLeast44px();
        // one lead, with a comment: the carrier's page (support, comment, merge and hide forms) on a phone
        TestData.LeadFixture lead = data.leadWithComment(s, s.carrier());
        browser.open("/experimentations/" + id + "/leads/" + lead.leadId())
                .assertAccessible()
                .assertTargetsAtLeast44px();

        browser.open("/experimentations/" + id + "/settings");
        browser.find("#escalationDays").clear();
        browser.find("#escalationDays").sendKeys("1");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Le porteur doit être prévenu après");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("durations-errors-phone");

        // a member of a college fills in her college's peer session (a college's own step is its members')
        browser.driver().manage().deleteAllCookies();
        browser.phone()
                .signIn(data.memberOfCollege(id, College.LIVED_EXPERIENCE).getUsername());
        browser.open("/tasks");
        browser.find(".card.step h3 a").click();
        browser.find("textarea#body").sendKeys("Compte rendu de la rencontre.");
        browser.submit("form[action^='/tasks/'] button[type=submit]");
        assertThat(browser.path()).startsWith("/tasks/done/");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("step-done-phone");

        browser.open("/me/contributions");
        assertThat(browser.text("main")).contains("Compte rendu de la rencontre.");
        browser.assertAccessible().assertTargetsAtLeast44px();
    }
}
