package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Everything a person is asked to do is in "Mes étapes", with a link to where to do it, and counted on the
 * dashboard: saying whether one comes to a meeting, validating minutes for one's college.
 */
@FaireAvecWebTest
class MeetingThingsToDoWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String page(AccountPrincipal who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aMeetingToAnswerAndMinutesToValidateAreInMyStepsUntilDone() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        AccountPrincipal livedToo = data.member(exp, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        assertThat(page(lived, "/tasks")).contains("Rien à faire pour le moment.");
        assertThat(page(lived, "/")).contains("Rien à faire pour le moment.");

        long meetingId = web.planMeeting(s.carrier(), exp, "Atelier logement", "PLENARY", null);
        String base = "/experimentations/" + exp + "/meetings/" + meetingId;
        web.send(
                s.carrier(),
                base + "/invitations",
                "colleges",
                "LIVED_EXPERIENCE",
                "colleges",
                "PRACTITIONERS",
                "colleges",
                "DECISION_MAKERS");

        // asked to say whether she comes: listed, linked to the meeting, counted
        assertThat(page(lived, "/tasks"))
                .contains("Venez-vous à « Atelier logement » ?")
                .contains("href=\"" + base + "\"")
                .doesNotContain("Rien à faire pour le moment.");
        assertThat(page(lived, "/")).contains("Vous avez 1 étape à faire.");
        web.send(lived, base + "/reply", "reply", "YES");
        assertThat(page(lived, "/tasks")).doesNotContain("Atelier logement").contains("Rien à faire pour le moment.");

        // the meeting takes place (attendance and minutes open once it has started)
        clock.advance(Duration.between(LocalDateTime.now(), WebScenario.MEETING_DAY.atTime(14, 30))
                .plusHours(3));
        // the minutes wait for her college: both members present of that college are asked, until one answers
        web.send(
                s.carrier(),
                base + "/attendance",
                "present",
                String.valueOf(lived.getPersonId()),
                "present",
                String.valueOf(livedToo.getPersonId()));
        web.send(s.carrier(), base + "/minutes", "body", "Nous avons parlé du logement.", "submit", "true");
        String mine = page(lived, "/tasks");
        assertThat(mine)
                .contains("Valider le compte rendu de « Atelier logement »")
                .contains("href=\"" + base + "#minutes\"");
        assertThat(page(lived, "/")).contains("Vous avez 1 étape à faire.");
        assertThat(page(livedToo, "/tasks")).contains("Valider le compte rendu de « Atelier logement »");
        // not asked of someone who was not there, nor of the carrier
        AccountPrincipal practitioner = data.memberOfCollege(exp, College.PRACTITIONERS);
        assertThat(page(practitioner, "/tasks")).doesNotContain("Valider le compte rendu");
        assertThat(page(s.carrier(), "/tasks")).doesNotContain("Valider le compte rendu");

        web.send(lived, base + "/minutes/validation", "approved", "true");
        assertThat(page(lived, "/tasks")).doesNotContain("Valider le compte rendu");
        assertThat(page(livedToo, "/tasks")).doesNotContain("Valider le compte rendu");
    }

    @Test
    void theFilterKeepsOnlyTheChosenExperimentationsMeetings() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        AccountPrincipal both = data.memberOfCollege(a.experimentationId(), College.DECISION_MAKERS);
        data.addToExperimentation(both, b.experimentationId(), College.DECISION_MAKERS);
        long meetingId = web.planMeeting(b.carrier(), b.experimentationId(), "Comité local", "PLENARY", null);
        web.send(
                b.carrier(),
                "/experimentations/" + b.experimentationId() + "/meetings/" + meetingId + "/invitations",
                "colleges",
                "DECISION_MAKERS");
        assertThat(page(both, "/tasks")).contains("Venez-vous à « Comité local » ?");
        assertThat(page(both, "/tasks?experimentation=" + b.experimentationId()))
                .contains("Comité local");
        assertThat(page(both, "/tasks?experimentation=" + a.experimentationId()))
                .doesNotContain("Comité local");
    }

    @Test
    void theCarriersCorrectionNoticeIsDealtWithOnceTheMinutesAreSentAgain() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        // it took place yesterday: its attendance and minutes are open
        long meetingId = web.planMeeting(
                s.carrier(),
                exp,
                "Atelier santé",
                "PLENARY",
                null,
                LocalDate.now().minusDays(1).toString());
        String base = "/experimentations/" + exp + "/meetings/" + meetingId;
        web.send(s.carrier(), base + "/attendance", "present", String.valueOf(lived.getPersonId()));
        web.send(s.carrier(), base + "/minutes", "body", "Premier jet.", "submit", "true");
        web.send(lived, base + "/minutes/validation", "approved", "false", "comment", "Il manque ce que j'ai dit.");
        String notice = "Une correction est demandée sur le compte rendu de « Atelier santé ».";
        assertThat(page(s.carrier(), "/")).contains(notice);
        web.send(s.carrier(), base + "/minutes", "body", "Deuxième jet, avec ce qu'elle a dit.", "submit", "true");
        assertThat(page(s.carrier(), "/")).doesNotContain(notice);
        assertThat(page(lived, "/tasks")).contains("Valider le compte rendu de « Atelier santé »");
    }
}
