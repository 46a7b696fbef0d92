package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The correspondents page and a correspondent's round in a real browser on a 375 px phone: no WCAG 2.1 AA violation
 * (axe-core), no horizontal scroll, and the round lists the records to check with their actions.
 */
@BrowserTest
class DirectoryRoundBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @Autowired
    CorrespondentRoster roster;

    @Autowired
    ManagementService management;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCorrespondentsPageAndARoundAreAccessibleOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        directory.addStructure(s.carrier().viewer(), s.territoryId(), TestData.structureDetails("Épicerie du coin"));
        // a year later the record is stale; the appointment starts the upkeep, whose first round opens in a job
        clock.advance(Duration.ofDays(400));
        roster.appointAll(s.carrier().viewer(), s.territoryId(), List.of(practitioner.getPersonId()));
        management
                .createJobQuery()
                .processDefinitionKey(ProcessConstants.UPKEEP_PROCESS)
                .activityId("OpenRound")
                .list()
                .forEach(j -> management.executeJob(j.getId()));
        String base = "/directory/" + s.territoryId();

        browser.phone().signIn(practitioner.getUsername()).open(base + "/round");
        assertThat(browser.text("main")).contains("Épicerie du coin", "1 fiche à vérifier");
        browser.assertAccessible().assertNoHorizontalScroll();

        // the carrier, in a fresh session: appoints and sees everyone's round
        browser.driver().manage().deleteAllCookies();
        browser.signIn(s.carrier().getUsername()).open(base + "/correspondents");
        assertThat(browser.text("main")).contains("Nommer un correspondant", "1 fiche dans la tournée en cours");
        browser.assertAccessible().assertNoHorizontalScroll();
        browser.open(base + "/round");
        assertThat(browser.text("h1")).startsWith("Les tournées");
        browser.assertAccessible().assertNoHorizontalScroll();
    }
}
