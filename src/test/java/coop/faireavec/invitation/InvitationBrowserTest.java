package coop.faireavec.invitation;

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
import org.springframework.beans.factory.annotation.Autowired;

/** Someone without e-mail gets a code on paper, opens it on a phone, chooses a password and finds their step. */
@BrowserTest
class InvitationBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Autowired
    PeopleService people;

    @Autowired
    MembershipService memberships;

    @Autowired
    InvitationService invitations;

    @Test
    void aPersonRedeemsAnInvitationCodeAndLandsOnTheirSteps(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        Person nadia = people.createPerson("Nadia", null, null);
        memberships.addMember(
                nadia.getId(),
                s.experimentationId(),
                College.LIVED_EXPERIENCE,
                Set.of(ExperimentationRole.PARTICIPANT));
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        String code = invitations
                .create(s.carrier().viewer(), s.experimentationId(), nadia.getId())
                .groupedCode();

        browser.phone();
        browser.driver().manage().deleteAllCookies();
        browser.open("/invitation");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("invitation-phone");
        browser.find("#code").sendKeys(code.toLowerCase());
        browser.submit("main form button[type=submit]");
        browser.assertAccessible().screenshot("invitation-account-phone");
        browser.find("#username").clear();
        browser.find("#username").sendKeys(TestData.unique("nadia"));
        browser.find("#password").sendKeys("le chat dort au soleil");
        browser.find("#passwordConfirmation").sendKeys("le chat dort au soleil");
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
        assertThat(browser.findAll(".card.step h3 a"))
                .extracting(e -> e.getAttribute("data-step-key"))
                .contains("PeerSessions");
    }
}
