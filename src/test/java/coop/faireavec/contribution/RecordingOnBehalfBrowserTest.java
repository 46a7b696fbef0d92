package coop.faireavec.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The carrier, on a phone, writes down what Nadia (who has no account) said, with how she agreed. */
@BrowserTest
class RecordingOnBehalfBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Autowired
    PeopleService people;

    @Autowired
    MembershipService memberships;

    @Autowired
    ContributionService contributions;

    @Test
    void theCarrierRecordsAContributionForAPersonWithoutAnAccount(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        Person nadia = people.createPerson("Nadia", null, null);
        memberships.addMember(
                nadia.getId(),
                s.experimentationId(),
                College.LIVED_EXPERIENCE,
                Set.of(ExperimentationRole.PARTICIPANT));
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        // the carrier sees the three per-college steps; open the one of the people with lived experience
        String stepId = steps.stepIdForCollege(s.carrier(), "PeerSessions", "LIVED_EXPERIENCE");

        browser.phone().signIn(s.carrier().getUsername()).open("/tasks/" + stepId);
        new Select(browser.find("#onBehalfOf")).selectByVisibleText("Nadia (sans compte)");
        browser.find("input[name=consentKind][value=ORAL]").click();
        browser.find("textarea#body").sendKeys("On ne sait pas à qui s'adresser.");
        browser.assertAccessible().screenshot("on-behalf-phone");
        browser.submit("form[action='/tasks/" + stepId + "'] button[type=submit]");
        // the confirmation page shows what was stored, in whose name and by whom
        assertThat(browser.path()).isEqualTo("/tasks/done/" + stepId);
        assertThat(browser.text("main")).contains("Nadia").contains("On ne sait pas à qui s'adresser.");

        Contribution said = contributions.ofTask(stepId).get(0);
        assertThat(said.getAuthorId()).isEqualTo(nadia.getId());
        assertThat(said.getRecordedById()).isEqualTo(s.carrier().getPersonId());
        assertThat(said.getCollege()).isEqualTo("LIVED_EXPERIENCE");
    }
}
