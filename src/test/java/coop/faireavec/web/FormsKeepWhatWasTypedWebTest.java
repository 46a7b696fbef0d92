package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.meeting.MinutesService;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing a person typed or ticked is lost: for each form that can be refused, one field is wrong and every other
 * value sent comes back in the re-rendered page (text, long text, number, list, radio, checkboxes). Forms of pages
 * being reworked elsewhere (steps, invitation codes, new experimentation) are covered by their own tests.
 */
@FaireAvecWebTest
class FormsKeepWhatWasTypedWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MinutesService minutes;

    @Autowired
    ManagementService jobs;

    private Document refused(AccountPrincipal who, String path, String... fields) throws Exception {
        var request = post(path).with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(r.getContentAsString());
        assertThat(page.select(".error-summary, p.error").eachText())
                .as("the error is said")
                .isNotEmpty();
        return page;
    }

    private static String selected(Element form, String name) {
        return form.select("select[name=" + name + "] option[selected]").val();
    }

    private static String checked(Element form, String name) {
        return form.select("input[name=" + name + "][checked]").val();
    }

    @Test
    void durations() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Element form = refused(
                        s.carrier(),
                        "/experimentations/" + s.experimentationId() + "/settings",
                        "stepDueDays",
                        "0",
                        "escalationDays",
                        "12",
                        "callForLeadsDays",
                        "33",
                        "observationCycleDays",
                        "44")
                .selectFirst("form[action$=/settings]");
        assertThat(form.select("#stepDueDays").val()).isEqualTo("0");
        assertThat(form.select("#escalationDays").val()).isEqualTo("12");
        assertThat(form.select("#callForLeadsDays").val()).isEqualTo("33");
        assertThat(form.select("#observationCycleDays").val()).isEqualTo("44");
    }

    @Test
    void proposingALead() throws Exception {
        // the call for leads opens in phase 2
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        Element form = refused(
                        journey.carrier,
                        "/experimentations/" + journey.id + "/leads",
                        "title",
                        " ",
                        "change",
                        "Un guichet unique <le mardi>")
                .selectFirst("form[action$=/leads]");
        assertThat(form.select("#change").val()).isEqualTo("Un guichet unique <le mardi>");
    }

    @Test
    void addingANewMember() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Element form = refused(
                        s.carrier(),
                        "/experimentations/" + s.experimentationId() + "/members",
                        "displayName",
                        "",
                        "college",
                        "PRACTITIONERS",
                        "role",
                        "PARTICIPANT",
                        "email",
                        "nadia@example.org",
                        "phone",
                        "06 12 34 56 78",
                        "language",
                        "en",
                        "username",
                        "nadia.b")
                .selectFirst("form[action$=/members]");
        assertThat(selected(form, "college")).isEqualTo("PRACTITIONERS");
        assertThat(selected(form, "role")).isEqualTo("PARTICIPANT");
        assertThat(form.select("[name=email]").val()).isEqualTo("nadia@example.org");
        assertThat(form.select("[name=phone]").val()).isEqualTo("06 12 34 56 78");
        assertThat(selected(form, "language")).isEqualTo("en");
        assertThat(form.select("[name=username]").val()).isEqualTo("nadia.b");
    }

    @Test
    void addingSomeoneWhoHasAnAccount() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        Element form = refused(
                        s.carrier(),
                        "/experimentations/" + s.experimentationId() + "/members/existing",
                        "username",
                        "nobody-" + TestData.unique("x"),
                        "college",
                        "DECISION_MAKERS",
                        "role",
                        "PARTICIPANT")
                .selectFirst("form[action$=/members/existing]");
        assertThat(form.select("[name=username]").val()).startsWith("nobody-");
        assertThat(selected(form, "college")).isEqualTo("DECISION_MAKERS");
        assertThat(selected(form, "role")).isEqualTo("PARTICIPANT");
    }

    @Test
    void meetingRules() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String path = "/experimentations/" + s.experimentationId() + "/meeting-rules";
        Document shown = Jsoup.parse(mvc.perform(get(path).with(user(s.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String kind0 = shown.select("input[name='rules[0].kind']").val();
        String kind1 = shown.select("input[name='rules[1].kind']").val();
        Element form = refused(
                        s.carrier(),
                        path,
                        "rules[0].kind",
                        kind0,
                        "rules[0].requiredColleges",
                        "LIVED_EXPERIENCE",
                        "rules[0].minPerCollege",
                        "3",
                        "rules[0].maxSharePercent",
                        "10",
                        "rules[1].kind",
                        kind1,
                        "rules[1].requiredColleges",
                        "PRACTITIONERS",
                        "rules[1].requiredColleges",
                        "DECISION_MAKERS",
                        "rules[1].minPerCollege",
                        "2",
                        "rules[1].maxSharePercent",
                        "60")
                .selectFirst("form[action$=/meeting-rules]");
        assertThat(form.select("input[name='rules[0].requiredColleges'][checked]")
                        .eachAttr("value"))
                .containsExactly("LIVED_EXPERIENCE");
        assertThat(form.select("input[name='rules[0].minPerCollege']").val()).isEqualTo("3");
        assertThat(form.select("input[name='rules[0].maxSharePercent']").val()).isEqualTo("10");
        assertThat(form.select("input[name='rules[1].requiredColleges'][checked]")
                        .eachAttr("value"))
                .containsExactlyInAnyOrder("PRACTITIONERS", "DECISION_MAKERS");
        assertThat(form.select("input[name='rules[1].minPerCollege']").val()).isEqualTo("2");
        assertThat(form.select("input[name='rules[1].maxSharePercent']").val()).isEqualTo("60");
    }

    @Test
    void someoneAddedOnTheSpotKeepsTheBoxesTickedOnTheSheet() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        AccountPrincipal decider = data.memberOfCollege(exp, College.DECISION_MAKERS);
        long meetingId = data.meetingWithWords(s, lived).meetingId(); // lived is ticked present
        String base = "/experimentations/" + exp + "/meetings/" + meetingId;
        String livedId = String.valueOf(lived.getPersonId());
        String deciderId = String.valueOf(decider.getPersonId());
        // on the sheet: the decider ticked, lived unticked, then "add" with no name
        Document sheet = refused(
                s.carrier(),
                base + "/attendance/new-person",
                "withSheet",
                "true",
                "present",
                deciderId,
                "displayName",
                "",
                "college",
                "DECISION_MAKERS");
        Element form = sheet.selectFirst("form.attendance-form");
        assertThat(form.select("input[name=present][checked]").eachAttr("value"))
                .containsExactly(deciderId);
        assertThat(selected(form, "college")).isEqualTo("DECISION_MAKERS");
        // a name but no college; saving the sheet with Enter in the name field is the same
        Element noCollege = refused(
                        s.carrier(),
                        base + "/attendance",
                        "withSheet",
                        "true",
                        "present",
                        deciderId,
                        "present",
                        livedId,
                        "displayName",
                        "Nadia B.")
                .selectFirst("form.attendance-form");
        assertThat(noCollege.select("[name=displayName]").val()).isEqualTo("Nadia B.");
        assertThat(noCollege.select("input[name=present][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(deciderId, livedId);
        // complete: the ticks are saved with the new person
        String to = mvc.perform(post(base + "/attendance/new-person")
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("withSheet", "true")
                        .param("present", deciderId)
                        .param("displayName", "Nadia B.")
                        .param("college", "LIVED_EXPERIENCE"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(to).isEqualTo(base + "/attendance");
        Document saved = Jsoup.parse(mvc.perform(get(base + "/attendance").with(user(s.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(saved.select("input[name=present][checked]").eachAttr("value"))
                .hasSize(2)
                .contains(deciderId)
                .doesNotContain(livedId);
        assertThat(saved.select("label").eachText()).contains("Nadia B.");
    }

    @Test
    void wordsNotedForSomeoneInAMeeting() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        long meetingId = data.meetingWithWords(s, lived).meetingId();
        String base = "/experimentations/" + s.experimentationId() + "/meetings/" + meetingId;
        String round = "PEER_LIVED_EXPERIENCE";
        // the words are missing: who spoke, in which round and how they agreed stay
        Element form = refused(
                        s.carrier(),
                        base + "/contributions",
                        "round",
                        round,
                        "forPerson",
                        String.valueOf(lived.getPersonId()),
                        "consentKind",
                        "OTHER",
                        "consentNote",
                        "Par SMS à Claire",
                        "body",
                        "")
                .selectFirst("form.speak-form");
        assertThat(selected(form, "round")).isEqualTo(round);
        assertThat(selected(form, "forPerson")).isEqualTo(String.valueOf(lived.getPersonId()));
        assertThat(checked(form, "consentKind")).isEqualTo("OTHER");
        assertThat(form.select("[name=consentNote]").val()).isEqualTo("Par SMS à Claire");
        // the agreement is missing: the words stay
        Element noConsent = refused(
                        s.carrier(),
                        base + "/contributions",
                        "round",
                        round,
                        "forPerson",
                        String.valueOf(lived.getPersonId()),
                        "body",
                        "Le bus ne passe plus le dimanche.")
                .selectFirst("form.speak-form");
        assertThat(noConsent.select("[name=body]").val()).isEqualTo("Le bus ne passe plus le dimanche.");
        assertThat(selected(noConsent, "forPerson")).isEqualTo(String.valueOf(lived.getPersonId()));
    }

    @Test
    void minutesAnsweredForSomeone() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        long exp = s.experimentationId();
        long meetingId = data.meetingWithWords(s, lived).meetingId();
        minutes.saveMinutes(s.carrier().viewer(), exp, meetingId, "Compte rendu.");
        minutes.submitMinutes(s.carrier().viewer(), exp, meetingId);
        String base = "/experimentations/" + exp + "/meetings/" + meetingId;
        // a correction without its comment: the person, the agreement and the answer stay
        Element form = refused(
                        s.carrier(),
                        base + "/minutes/validation",
                        "forPerson",
                        String.valueOf(lived.getPersonId()),
                        "consentKind",
                        "WRITTEN",
                        "approved",
                        "false",
                        "comment",
                        "")
                .selectFirst("form.validation-form");
        assertThat(selected(form, "forPerson")).isEqualTo(String.valueOf(lived.getPersonId()));
        assertThat(checked(form, "consentKind")).isEqualTo("WRITTEN");
        assertThat(checked(form, "approved")).isEqualTo("false");
        // the agreement is missing: the comment stays
        Element noConsent = refused(
                        s.carrier(),
                        base + "/minutes/validation",
                        "forPerson",
                        String.valueOf(lived.getPersonId()),
                        "approved",
                        "false",
                        "comment",
                        "Il manque ce que j'ai dit du bus.")
                .selectFirst("form.validation-form");
        assertThat(noConsent.select("[name=comment]").val()).isEqualTo("Il manque ce que j'ai dit du bus.");
        assertThat(checked(noConsent, "approved")).isEqualTo("false");
    }

    @Test
    void correctingWordsAndWritingMinutesKeepATextTooLong() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        TestData.MeetingFixture f = data.meetingWithWords(s, lived);
        String base = "/experimentations/" + s.experimentationId() + "/meetings/" + f.meetingId();
        String tooLong = "a".repeat(8001);
        assertThat(refused(lived, base + "/contributions/" + f.contributionId(), "body", tooLong)
                        .select("textarea[name=body]")
                        .val())
                .isEqualTo(tooLong);
        String minutesTooLong = "b".repeat(20001);
        assertThat(refused(s.carrier(), base + "/minutes", "body", minutesTooLong)
                        .select("textarea[name=body]")
                        .val())
                .isEqualTo(minutesTooLong);
    }

    @Test
    void signingInAgainNeedsOnlyThePassword() throws Exception {
        AccountPrincipal someone = data.account("kept", false);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                .session(session)
                .with(csrf())
                .param("username", someone.getUsername())
                .param("password", "not the password"));
        Document page = Jsoup.parse(mvc.perform(get("/login").param("error", "").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#username").val()).isEqualTo(someone.getUsername());
        assertThat(page.select("#password").val()).isEmpty();
        // shown once: the next visit starts empty
        assertThat(Jsoup.parse(mvc.perform(get("/login").session(session))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#username")
                        .val())
                .isEmpty();
    }
}
