package coop.faireavec.funding.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.demo.DemoFunding;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The funding page on a phone (375 px), filled with the demo's funding round and the time given at the kick-off:
 * axe-core finds no WCAG 2.1 A/AA violation, the page does not scroll sideways (its tables scroll inside their own
 * region), a form refused shows its errors accessibly, and the committee reads the same page without the forms.
 */
@BrowserTest
class FundingBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Autowired
    DemoFunding demoFunding;

    @Test
    void theFundingPageAndItsFormsAreAccessibleOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        demoFunding.seed(id, s.carrier().viewer());
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);

        browser.phone().signIn(s.carrier().getUsername());
        browser.open("/experimentations/" + id);
        browser.find("a[href='/experimentations/" + id + "/funding']").click();
        assertThat(browser.path()).isEqualTo("/experimentations/" + id + "/funding");
        assertThat(browser.text("#balance")).contains("Le budget prévu est équilibré");
        assertThat(browser.text("#funders")).contains("Fondation de France", "déposée");
        browser.assertAccessible()
                .assertNoHorizontalScroll()
                .assertTargetsAtLeast44px()
                .screenshot("funding-phone");

        browser.open("/experimentations/" + id + "/funding/grants/new");
        browser.find("#asked").sendKeys("-5");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Montant demandé", "Financeur");
        browser.assertAccessible().assertNoHorizontalScroll().assertTargetsAtLeast44px();

        browser.signIn(committee.getUsername());
        browser.open("/experimentations/" + id + "/funding");
        assertThat(browser.text("main")).contains("Le temps donné").doesNotContain("Ajouter un financeur");
        browser.assertAccessible().assertNoHorizontalScroll();
    }
}
