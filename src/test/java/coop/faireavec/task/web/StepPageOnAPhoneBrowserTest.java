package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingAttendance;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MeetingWords;
import coop.faireavec.meeting.MinutesService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step page on a 375 px phone, in a phase as full as the demo's (a kick-off with a dozen people, each saying
 * something, and long minutes): what the person must do comes first, what was said before is folded.
 */
@BrowserTest
class StepPageOnAPhoneBrowserTest {

    static final String KICK_OFF = "KickOffMeeting";
    /** The peer session's name as people read it (activity.PeerSessions), not its BPMN label. */
    static final String PEER_SESSION_NAME = "Parole entre pairs";
    /** The screen height of {@link Browser#phone()} (375 × 812 CSS pixels). */
    static final int SCREEN = 812;

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    MeetingWords words;

    /** A kick-off like the demo's: four people per college, each one speaks, long minutes validated by each college. */
    private void holdAFullKickOff(TestData.Scenario s) {
        long exp = s.experimentationId();
        for (College college : College.values()) {
            for (int i = 0; i < 3; i++) {
                data.member(exp, college, ExperimentationRole.PARTICIPANT);
            }
        }
        Viewer carrier = s.carrier().viewer();
        String stepId = steps.stepId(s.carrier(), KICK_OFF);
        Meeting m = meetings.plan(
                carrier,
                exp,
                new MeetingDetails(
                        "Rencontre de lancement",
                        MeetingKind.PLENARY,
                        null,
                        LocalDateTime.of(2026, 3, 2, 14, 30),
                        120,
                        "Maison des associations",
                        null,
                        "Se présenter"),
                stepId);
        List<AccountPrincipal> present = data.collegeMembers(exp);
        attendance.attendance(
                carrier,
                exp,
                m.getId(),
                present.stream().map(AccountPrincipal::getPersonId).toList());
        StringBuilder text = new StringBuilder("Compte rendu de la rencontre de lancement.\n");
        for (AccountPrincipal p : present) {
            String said = "Je m'appelle " + p.getUsername() + ". Ce qui compte pour moi : être écouté, ne pas "
                    + "raconter dix fois mon histoire à dix guichets différents, et savoir à qui m'adresser.";
            words.speak(p.viewer(), exp, m.getId(), "MAIN", said, null, null, null);
            text.append("- ").append(said).append('\n');
        }
        minutes.saveMinutes(carrier, exp, m.getId(), text.toString());
        minutes.submitMinutes(carrier, exp, m.getId());
        for (College college : College.values()) {
            AccountPrincipal p = data.memberOfCollege(exp, college);
            minutes.validateMinutes(carrier, exp, m.getId(), true, null, p.getPersonId(), ConsentKind.ORAL, null);
        }
        if (!meetings.get(carrier, exp, m.getId()).isStepCompleted()) {
            minutes.justify(carrier, exp, m.getId(), "Rencontre de test.");
        }
    }

    @Test
    void theFormComesFirstAndWhatWasSaidBeforeIsFoldedNewestFirst(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        holdAFullKickOff(s);
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String step = steps.stepIdForCollege(lived, "PeerSessions", "LIVED_EXPERIENCE");

        browser.phone().signIn(lived.getUsername());
        browser.open("/tasks/" + step);
        assertThat(browser.text("h1")).isEqualTo(PEER_SESSION_NAME);
        long fieldTop = ((Number) browser.driver()
                        .executeScript("const f = document.querySelector("
                                + "'main form textarea, main form select, main form input:not([type=hidden])');"
                                + " return f.getBoundingClientRect().top + window.scrollY;"))
                .longValue();
        assertThat(fieldTop).as("the form's first field is on the first screen").isLessThan(SCREEN - 44);
        long height =
                ((Number) browser.driver().executeScript("return document.documentElement.scrollHeight;")).longValue();
        assertThat(height).as("page height on a 375 px phone").isLessThan(3L * SCREEN);

        // the last three are shown folded, newest first; the others wait behind "voir tout"
        List<WebElement> shown = browser.findAll(".earlier > ol > li > details.folded");
        assertThat(shown).hasSize(3);
        assertThat(shown).allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
        assertThat(browser.findAll(".earlier > ol > li > details.folded summary"))
                .first()
                .satisfies(summary -> assertThat(summary.getText()).contains("Rencontre de lancement"));
        assertThat(browser.text(".see-all > summary")).startsWith("Voir tout :");
        browser.assertNoHorizontalScroll().assertAccessible().screenshot("step-page-phone");

        // opening one shows its whole text; "voir tout" shows the rest
        browser.find(".earlier > ol > li > details.folded summary").click();
        assertThat(browser.find(".earlier > ol > li > details.folded").getAttribute("open"))
                .isNotNull();
        browser.find(".see-all > summary").click();
        // twelve people spoke, and the minutes: thirteen in all, three of them shown first
        assertThat(browser.findAll(".see-all details.folded")).hasSize(10);
        browser.assertAccessible();
    }
}
