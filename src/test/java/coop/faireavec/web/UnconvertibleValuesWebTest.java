package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that cannot be converted to a form field's type (a hand-made request, or an old browser without date inputs)
 * is refused with the field's message in the page, never a 500, and every other value typed comes back.
 */
@FaireAvecWebTest
class UnconvertibleValuesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    private Document refused(AccountPrincipal who, String path, String... fields) throws Exception {
        var request = post(path).with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + " " + r.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    @Test
    void durationsWithALetterForANumber() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/settings",
                "stepDueDays",
                "11",
                "escalationDays",
                "x",
                "callForLeadsDays",
                "33",
                "observationCycleDays",
                "44");
        assertThat(page.text())
                .contains("Indiquez après combien de jours prévenir le porteur : un nombre entre 1 et 365.");
        assertThat(page.select("#stepDueDays").val()).isEqualTo("11");
        assertThat(page.select("#callForLeadsDays").val()).isEqualTo("33");
        assertThat(page.select("#observationCycleDays").val()).isEqualTo("44");
    }

    @Test
    void aNewExperimentationWithAStartDateThatIsNotADate() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/new",
                "title",
                "Accueil <inconditionnel>",
                "territoryId",
                String.valueOf(s.territoryId()),
                "carrierOrganisation",
                "Collège coopératif",
                "startDate",
                "abc",
                "plannedEndDate",
                "2028-03-01",
                "templateKey",
                "precarity-prevention");
        assertThat(page.text()).contains("Indiquez la date de début avec le jour, le mois et l'année.");
        assertThat(page.select("[name=title]").val()).isEqualTo("Accueil <inconditionnel>");
        assertThat(page.select("[name=carrierOrganisation]").val()).isEqualTo("Collège coopératif");
        assertThat(page.select("[name=plannedEndDate]").val()).isEqualTo("2028-03-01");
    }

    @Test
    void editingAnExperimentationWithAnEndDateThatIsNotADate() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/edit",
                "title",
                "Un titre corrigé",
                "territoryId",
                String.valueOf(s.territoryId()),
                "description",
                "Une description <em>neuve</em>",
                "startDate",
                "2026-03-01",
                "plannedEndDate",
                "abc");
        assertThat(page.text()).contains("Indiquez la date de fin prévue avec le jour, le mois et l'année.");
        assertThat(page.select("[name=title]").val()).isEqualTo("Un titre corrigé");
        assertThat(page.select("[name=description]").val()).isEqualTo("Une description <em>neuve</em>");
        assertThat(page.select("[name=startDate]").val()).isEqualTo("2026-03-01");
    }

    @Test
    void aMeetingWithADateAndADurationThatAreNotOnes() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/meetings/new",
                "title",
                "Point <d'étape>",
                "kind",
                "WORKING_GROUP",
                "date",
                "abc",
                "time",
                "09:45",
                "durationMinutes",
                "deux heures",
                "place",
                "Mairie, salle 2",
                "agenda",
                "1. Accueil");
        assertThat(page.text())
                .contains(
                        "Indiquez la date de la rencontre avec le jour, le mois et l'année.",
                        "Indiquez la durée de la rencontre : un nombre de minutes entre 15 et 720.");
        assertThat(page.select("#title").val()).isEqualTo("Point <d'étape>");
        assertThat(page.select("#kind option[selected]").val()).isEqualTo("WORKING_GROUP");
        assertThat(page.select("#time").val()).isEqualTo("09:45");
        assertThat(page.select("#place").val()).isEqualTo("Mairie, salle 2");
        assertThat(page.select("#agenda").val()).isEqualTo("1. Accueil");
    }

    @Test
    void aNewMemberWithACollegeThatDoesNotExist() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/members",
                "displayName",
                "Nadia B.",
                "college",
                "NOT_A_COLLEGE",
                "role",
                "PARTICIPANT",
                "email",
                "nadia@example.org");
        assertThat(page.text())
                .contains("Choisissez un collège de la liste.")
                .doesNotContain("Choisissez le collège de ce participant.");
        Element form = page.selectFirst("form[action$=/members]");
        assertThat(form.select("[name=displayName]").val()).isEqualTo("Nadia B.");
        assertThat(form.select("[name=email]").val()).isEqualTo("nadia@example.org");
        assertThat(form.select("select[name=role] option[selected]").val()).isEqualTo("PARTICIPANT");
    }

    @Test
    void addingSomeoneWithARoleThatDoesNotExist() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/members/existing",
                "username",
                "nobody-" + TestData.unique("x"),
                "college",
                "DECISION_MAKERS",
                "role",
                "KING");
        assertThat(page.text()).contains("Choisissez un rôle de la liste.");
        Element form = page.selectFirst("form[action$=/members/existing]");
        assertThat(form.select("[name=username]").val()).startsWith("nobody-");
        assertThat(form.select("select[name=college] option[selected]").val()).isEqualTo("DECISION_MAKERS");
    }

    @Test
    void aStepFilledInForSomeoneWhoIsNotAPerson() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        WebScenario web = new WebScenario(mvc);
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String step = web.stepId(lived, "PeerSessions");
        Document page = refused(
                s.carrier(),
                "/tasks/" + step,
                "body",
                "Ce que <Nadia> a dit",
                "onBehalfOf",
                "abc",
                "consentKind",
                "ORAL");
        assertThat(page.text()).contains("Choisissez dans la liste la personne pour qui vous remplissez cette étape.");
        assertThat(page.select("textarea[name=body]").val()).isEqualTo("Ce que <Nadia> a dit");
        assertThat(page.select("input[name=consentKind][checked]").val()).isEqualTo("ORAL");
    }

    @Test
    void invitingSomeoneWhoIsNotAPersonInvitesNobody() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        long meetingId =
                new WebScenario(mvc).planMeeting(s.carrier(), id, "Point d'étape", "WORKING_GROUP", null, "2027-01-10");
        Document page = refused(
                s.carrier(),
                "/experimentations/" + id + "/meetings/" + meetingId + "/invitations",
                "colleges",
                "PRACTITIONERS",
                "people",
                "abc");
        assertThat(page.text()).contains("Choisissez les personnes à inviter dans la liste.");
        assertThat(page.select("input[name=colleges][checked]").eachAttr("value"))
                .containsExactly("PRACTITIONERS");
    }

    @Test
    void meetingRulesForAKindOfMeetingThatDoesNotExist() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        Document page = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/meeting-rules",
                "rules[0].kind",
                "NOT_A_KIND",
                "rules[0].minPerCollege",
                "2");
        assertThat(page.text()).contains("Cette valeur n'est pas valable.");
    }

    /** A browser's date field takes year 0001 or 9999: such dates are refused with a message naming the field. */
    @Test
    void datesOutsideTheYears2000To2100AreRefusedWithTheirField() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        Document meeting = refused(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/meetings/new",
                "title",
                "Point d'étape",
                "kind",
                "WORKING_GROUP",
                "date",
                "0001-01-01",
                "time",
                "14:00",
                "durationMinutes",
                "60",
                "place",
                "Mairie");
        assertThat(meeting.text()).contains("Choisissez une date de rencontre entre l'an 2000 et l'an 2100.");
        assertThat(meeting.select("#date").val()).isEqualTo("0001-01-01");
        TestData.Scenario d = data.draftExperimentation();
        Document experimentation = refused(
                d.carrier(),
                "/experimentations/new",
                "title",
                "Accueil",
                "territoryId",
                String.valueOf(d.territoryId()),
                "carrierOrganisation",
                "Collège coopératif",
                "startDate",
                "2027-01-04",
                "plannedEndDate",
                "9999-12-31",
                "templateKey",
                "precarity-prevention");
        assertThat(experimentation.text()).contains("Choisissez une date de fin prévue entre l'an 2000 et l'an 2100.");
    }
}
