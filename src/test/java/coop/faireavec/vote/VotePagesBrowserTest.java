package coop.faireavec.vote;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The vote's pages in a real browser on a 375 px phone: a member's ballot (also after a lead left without an answer)
 * and the results page the carrier reads; axe-core (WCAG 2.1 A/AA) finds nothing, no horizontal scroll.
 */
@BrowserTest
@AutoConfigureMockMvc
class VotePagesBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Test
    void theBallotAndTheResultsAreAccessibleOnAPhone(Browser browser) throws Exception {
        WebScenario web = new WebScenario(mvc);
        FourPhaseJourney journey = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        journey.upToTheVote();
        AccountPrincipal camille = journey.members.get(College.LIVED_EXPERIENCE);
        String vote = web.stepId(camille, "PrioritisationVote");

        browser.phone().signIn(camille.getUsername());
        browser.open("/tasks/" + vote).assertAccessible().assertNoHorizontalScroll();
        assertThat(browser.findAll("fieldset.ballot-line")).hasSize(3);
        // a ballot with no answer at all: each lead says it, next to its answers
        browser.submit("form[action='/tasks/" + vote + "'] button[type=submit]");
        assertThat(browser.text("main")).contains("Erreur");
        browser.assertAccessible().assertNoHorizontalScroll();

        browser.driver().manage().deleteAllCookies();
        browser.phone().signIn(journey.carrier.getUsername());
        browser.open("/experimentations/" + journey.id + "/votes")
                .assertAccessible()
                .assertNoHorizontalScroll();
    }
}
