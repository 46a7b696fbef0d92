package coop.faireavec.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meeting form never loses what the carrier typed: its date and time come back in the form the date and time
 * inputs read (ISO yyyy-MM-dd, HH:mm) whatever the language, and after an error every other value is still there.
 */
@FaireAvecWebTest
class MeetingFormKeepsInputWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    private Document open(AccountPrincipal who, String path, String lang) throws Exception {
        var request = get(path).with(user(who));
        if (lang != null) {
            request.cookie(new Cookie("faireavec-lang", lang));
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    private MockHttpServletResponse send(AccountPrincipal who, String path, String lang, String... fields)
            throws Exception {
        var request = post(path).with(user(who)).with(csrf());
        if (lang != null) {
            request.cookie(new Cookie("faireavec-lang", lang));
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Opens the edit page, changes only the place (every other field as the page shows it), and saves. */
    private void changingOnlyThePlaceKeepsTheDate(String lang) throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        long meetingId = web.planMeeting(s.carrier(), id, "Point d'étape", "WORKING_GROUP", null, "2027-01-10");
        String edit = "/experimentations/" + id + "/meetings/" + meetingId + "/edit";

        Document form = open(s.carrier(), edit, lang);
        assertThat(form.select("#date").val()).isEqualTo("2027-01-10");
        assertThat(form.select("#time").val()).isEqualTo("14:30");

        MockHttpServletResponse saved = send(
                s.carrier(),
                edit,
                lang,
                "title",
                form.select("#title").val(),
                "kind",
                form.select("#kind option[selected]").val(),
                "date",
                form.select("#date").val(),
                "time",
                form.select("#time").val(),
                "durationMinutes",
                form.select("#durationMinutes").val(),
                "place",
                "Salle du conseil, mairie",
                "remoteLink",
                form.select("#remoteLink").val(),
                "agenda",
                form.select("#agenda").val());
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        Document again = open(s.carrier(), edit, lang);
        assertThat(again.select("#place").val()).isEqualTo("Salle du conseil, mairie");
        assertThat(again.select("#date").val()).isEqualTo("2027-01-10");
        assertThat(again.select("#time").val()).isEqualTo("14:30");
    }

    @Test
    void changingOnlyThePlaceKeepsTheDateInFrench() throws Exception {
        changingOnlyThePlaceKeepsTheDate(null);
    }

    @Test
    void changingOnlyThePlaceKeepsTheDateInEnglish() throws Exception {
        changingOnlyThePlaceKeepsTheDate("en");
    }

    @Test
    void afterAnErrorPlanningFromAStepEveryTypedValueIsBackInEveryLanguage() throws Exception {
        for (String lang : new String[] {null, "en"}) {
            TestData.Scenario s = data.runningExperimentation();
            long id = s.experimentationId();
            String stepId = web.stepId(s.carrier(), "KickOffMeeting");
            assertThat(open(s.carrier(), "/experimentations/" + id + "/meetings/new?task=" + stepId, lang)
                            .select("#time")
                            .val())
                    .isEqualTo("14:00");
            // the duration is wrong: everything else must come back as typed
            MockHttpServletResponse r = send(
                    s.carrier(),
                    "/experimentations/" + id + "/meetings/new",
                    lang,
                    "task",
                    stepId,
                    "title",
                    "Lancement <à la mairie>",
                    "kind",
                    "PLENARY",
                    "peerCollege",
                    "PRACTITIONERS",
                    "date",
                    "2027-03-02",
                    "time",
                    "09:45",
                    "durationMinutes",
                    "5",
                    "place",
                    "Mairie, salle 2",
                    "remoteLink",
                    "https://visio.example.org/lancement",
                    "agenda",
                    "1. Accueil\n2. Tour de table");
            assertThat(r.getStatus()).isEqualTo(200);
            Document page = Jsoup.parse(r.getContentAsString());
            assertThat(page.select(".error-summary li")).hasSize(1);
            assertThat(page.select("input[name=task]").val()).isEqualTo(stepId);
            assertThat(page.select("#title").val()).isEqualTo("Lancement <à la mairie>");
            assertThat(page.select("#kind option[selected]").val()).isEqualTo("PLENARY");
            assertThat(page.select("#peerCollege option[selected]").val()).isEqualTo("PRACTITIONERS");
            assertThat(page.select("#date").val()).isEqualTo("2027-03-02");
            assertThat(page.select("#time").val()).isEqualTo("09:45");
            assertThat(page.select("#durationMinutes").val()).isEqualTo("5");
            assertThat(page.select("#place").val()).isEqualTo("Mairie, salle 2");
            assertThat(page.select("#remoteLink").val()).isEqualTo("https://visio.example.org/lancement");
            assertThat(page.select("#agenda").val()).isEqualTo("1. Accueil\n2. Tour de table");
        }
    }

    @Test
    void aDateTheBrowserCouldNotReadIsSaidSoAndTheOtherValuesStay() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        MockHttpServletResponse r = send(
                s.carrier(),
                "/experimentations/" + id + "/meetings/new",
                null,
                "title",
                "Atelier",
                "kind",
                "WORKING_GROUP",
                "date",
                "31/02/2027",
                "time",
                "18:00",
                "durationMinutes",
                "90",
                "place",
                "Médiathèque");
        assertThat(r.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(r.getContentAsString());
        assertThat(page.select("#date").val()).isEqualTo("31/02/2027");
        assertThat(page.select("#date-error").text()).isNotBlank();
        assertThat(page.select("#place").val()).isEqualTo("Médiathèque");
        assertThat(page.select("#time").val()).isEqualTo("18:00");
    }
}
