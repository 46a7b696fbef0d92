package coop.faireavec.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.decision.Grade;
import coop.faireavec.decision.LeadResult;
import coop.faireavec.decision.Turnout;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The vote on the leads through the web layer (issue #13, points 3, 4 and 8): one shared step, one secret ballot per
 * member (sent again: replaced), the college from the membership, ballots after the close refused, results by
 * majority judgment with small colleges' distributions hidden, provisional results extended or closed with a reason,
 * and the action plan starting from the results.
 *
 * <p>Colleges: people with lived experience = Camille and Nadia (no account, recorded for); practitioners = Sam, Alix
 * and Noé; decision-makers = Dominique. Three leads, in this order.
 */
@FaireAvecWebTest
class VoteWebTest {

    static final List<String> GRADE_LABELS = List.of("Essentiel", "Important", "Utile", "Pas prioritaire", "Sans avis");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    VoteService votes;

    @Autowired
    Clock clock;

    @Autowired
    ReportService reports;

    FourPhaseJourney journey;
    WebScenario web;
    AccountPrincipal camille;
    AccountPrincipal sam;
    AccountPrincipal alix;
    AccountPrincipal noe;
    AccountPrincipal dominique;
    long nadia;
    List<Long> leads;
    String vote;

    @BeforeEach
    void upToTheVote() throws Exception {
        web = new WebScenario(mvc);
        journey = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        camille = journey.members.get(College.LIVED_EXPERIENCE);
        sam = journey.members.get(College.PRACTITIONERS);
        dominique = journey.members.get(College.DECISION_MAKERS);
        alix = data.principal(web.addMember(journey.carrier, journey.id, "Alix", "PRACTITIONERS", "PARTICIPANT"));
        noe = data.principal(web.addMember(journey.carrier, journey.id, "Noé", "PRACTITIONERS", "PARTICIPANT"));
        nadia = data.personWithoutAccount(journey.id, "Nadia", College.LIVED_EXPERIENCE);
        journey.upToTheVote();
        leads = data.leads(journey.id);
        vote = web.stepId(journey.carrier, "PrioritisationVote");
    }

    /** The ballot's fields: one line per lead, in the page's order. */
    private MockHttpServletRequestBuilder ballot(AccountPrincipal who, String... grades) {
        MockHttpServletRequestBuilder request =
                post("/tasks/{t}", vote).with(user(who)).with(csrf());
        for (int i = 0; i < grades.length; i++) {
            request.param("lines[" + i + "].leadId", leads.get(i).toString())
                    .param("lines[" + i + "].grade", grades[i]);
        }
        return request;
    }

    private void votes(AccountPrincipal who, String... grades) throws Exception {
        mvc.perform(ballot(who, grades)).andExpect(status().is3xxRedirection());
    }

    private VoteService.Results results() {
        return votes.latestResults(journey.id).orElseThrow();
    }

    private Turnout turnout(College college) {
        return results().tally().turnout().stream()
                .filter(t -> t.college().equals(college.name()))
                .findFirst()
                .orElseThrow();
    }

    private Grade median(long leadId, College college) {
        LeadResult lead = results().tally().ranked().stream()
                .filter(l -> l.leadId() == leadId)
                .findFirst()
                .orElseThrow();
        return lead.colleges().stream()
                .filter(c -> c.college().equals(college.name()))
                .findFirst()
                .orElseThrow()
                .median();
    }

    private String page(AccountPrincipal who, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void everyoneVotes() throws Exception {
        votes(camille, "ESSENTIAL", "USEFUL", "NO_OPINION");
        votes(sam, "ESSENTIAL", "IMPORTANT", "NO_OPINION");
        votes(alix, "IMPORTANT", "ESSENTIAL", "NO_OPINION");
        votes(noe, "USEFUL", "NOT_PRIORITY", "NO_OPINION");
        votes(dominique, "NOT_PRIORITY", "IMPORTANT", "NO_OPINION");
        mvc.perform(ballot(journey.carrier, "IMPORTANT", "IMPORTANT", "NO_OPINION")
                        .param("onBehalfOf", String.valueOf(nadia))
                        .param("consentKind", "ORAL"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aBallotSentAgainBeforeTheCloseReplacesTheFirstAndThePageStartsFromIt() throws Exception {
        votes(camille, "ESSENTIAL", "ESSENTIAL", "USEFUL");
        votes(camille, "NOT_PRIORITY", "USEFUL", "NO_OPINION");

        assertThat(turnout(College.LIVED_EXPERIENCE).ballots()).isEqualTo(1);
        assertThat(median(leads.get(0), College.LIVED_EXPERIENCE)).isEqualTo(Grade.NOT_PRIORITY);
        Document again = Jsoup.parse(page(camille, "/tasks/{t}", vote));
        assertThat(again.select("input[name=lines[0].grade][checked]").attr("value"))
                .isEqualTo("NOT_PRIORITY");
        assertThat(again.select("input[name=lines[1].grade][checked]").attr("value"))
                .isEqualTo("USEFUL");
        // the step stays open for the others: nobody took it, the carrier still sees it
        assertThat(web.stepIds(journey.carrier, "PrioritisationVote")).containsExactly(vote);
    }

    @Test
    void aCollegeAWeightOrAVoterSentWithABallotIsIgnored() throws Exception {
        mvc.perform(ballot(sam, "ESSENTIAL", "ESSENTIAL", "ESSENTIAL")
                        .param("college", "DECISION_MAKERS")
                        .param("lines[0].college", "DECISION_MAKERS")
                        .param("weight", "100")
                        .param("voterId", String.valueOf(camille.getPersonId()))
                        .param("lines[0].voterId", String.valueOf(camille.getPersonId())))
                .andExpect(status().is3xxRedirection());

        assertThat(turnout(College.PRACTITIONERS).ballots()).isEqualTo(1);
        assertThat(turnout(College.DECISION_MAKERS).ballots()).isZero();
        assertThat(turnout(College.LIVED_EXPERIENCE).ballots()).isZero();
        assertThat(votes.ownGrades(vote, sam.getPersonId())).containsEntry(leads.get(0), Grade.ESSENTIAL);
        assertThat(votes.ownGrades(vote, camille.getPersonId())).isEmpty();
    }

    @Test
    void aBallotRecordedForSomeoneNeedsTheirConsentAndCountsInTheirCollege() throws Exception {
        String without = mvc.perform(ballot(journey.carrier, "USEFUL", "USEFUL", "USEFUL")
                        .param("onBehalfOf", String.valueOf(nadia)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(without).select(".error").text()).isNotBlank();
        assertThat(turnout(College.LIVED_EXPERIENCE).ballots()).isZero();

        mvc.perform(ballot(journey.carrier, "USEFUL", "USEFUL", "USEFUL")
                        .param("onBehalfOf", String.valueOf(nadia))
                        .param("consentKind", "ORAL"))
                .andExpect(status().is3xxRedirection());
        assertThat(turnout(College.LIVED_EXPERIENCE).ballots()).isEqualTo(1);
        assertThat(votes.ownGrades(vote, nadia)).containsEntry(leads.get(0), Grade.USEFUL);
        assertThat(votes.ownGrades(vote, journey.carrier.getPersonId())).isEmpty();
    }

    @Test
    void aLeadLeftWithoutAnswerIsShownAgainWithTheMessageNextToIt() throws Exception {
        String html = mvc.perform(post("/tasks/{t}", vote)
                        .with(user(camille))
                        .with(csrf())
                        .param("lines[0].leadId", leads.get(0).toString())
                        .param("lines[0].grade", "ESSENTIAL")
                        .param("lines[1].leadId", leads.get(1).toString())
                        .param("lines[2].leadId", leads.get(2).toString())
                        .param("lines[2].grade", "not-a-grade"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#lines1-error").text()).contains("Choisissez une réponse");
        assertThat(page.select("#lines2-error").text()).isNotBlank();
        assertThat(page.select("input[name=lines[0].grade][checked]").attr("value"))
                .isEqualTo("ESSENTIAL");
        assertThat(turnout(College.LIVED_EXPERIENCE).ballots()).isZero();
    }

    @Test
    void aBallotAfterTheCloseIsA409AndTheDoneVoteShowsTheVoterOnlyTheirOwnGrades() throws Exception {
        everyoneVotes();
        web.send(journey.carrier, "/tasks/" + vote + "/close");

        mvc.perform(ballot(camille, "NOT_PRIORITY", "NOT_PRIORITY", "NOT_PRIORITY"))
                .andExpect(status().isConflict());
        assertThat(median(leads.get(0), College.LIVED_EXPERIENCE)).isNotEqualTo(Grade.NOT_PRIORITY);

        Document mine = Jsoup.parse(page(camille, "/tasks/done/{t}", vote));
        assertThat(mine.select("#own-ballot-heading + ul li").eachText())
                .containsExactly(
                        "Un accueil sans rendez-vous : Essentiel",
                        "Un référent unique : Utile",
                        "Un guichet commun : Sans avis");
        Document carriers = Jsoup.parse(page(journey.carrier, "/tasks/done/{t}", vote));
        assertThat(carriers.select("#own-ballot-heading")).isEmpty();
    }

    @Test
    void aCollegeWithFewerThanThreeVotersShowsOnlyItsTurnoutAndMedianAndTheBallotPageSaysSoBefore() throws Exception {
        Document ballotPage = Jsoup.parse(page(camille, "/tasks/{t}", vote));
        assertThat(ballotPage.text()).contains("Collège(s) de moins de 3 personnes");
        assertThat(ballotPage.text()).contains("Décideurs").doesNotContain("Accompagnants, Décideurs");

        everyoneVotes();
        Document results = Jsoup.parse(page(camille, "/experimentations/{id}/votes", journey.id));
        Element firstLead = results.select("ol.vote-results > li").first();
        assertThat(firstLead.select("tbody tr")).hasSize(3);
        for (Element row : firstLead.select("tbody tr")) {
            String college = row.select("th").text();
            if (college.startsWith("Accompagnant")) {
                assertThat(row.select("td")).hasSize(6);
            } else {
                assertThat(row.select("td").last().text()).startsWith("Détail caché");
            }
        }
        assertThat(firstLead.select("figure.vote-chart svg[role=img]")).hasSize(1);
        assertThat(firstLead.select("svg text.chart-title").eachText()).hasSize(1);
    }

    @Test
    void aProvisionalResultNamesTheCollegeAndIsExtendedThenClosedWithAReasonShownInResults() throws Exception {
        votes(camille, "ESSENTIAL", "USEFUL", "NO_OPINION");
        votes(sam, "ESSENTIAL", "IMPORTANT", "NO_OPINION");
        votes(dominique, "NOT_PRIORITY", "IMPORTANT", "NO_OPINION");

        Document results = Jsoup.parse(page(journey.carrier, "/experimentations/{id}/votes", journey.id));
        assertThat(results.select("#provisional-heading").text()).isEqualTo("Résultat provisoire");
        assertThat(results.text()).contains("Il manque 1 votant(s) au collège");
        Document step = Jsoup.parse(page(journey.carrier, "/tasks/{t}", vote));
        assertThat(step.select("#close-heading")).isNotEmpty();

        // closing needs a reason now
        String refused = mvc.perform(post("/tasks/{t}/close", vote)
                        .with(user(journey.carrier))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select("#closing-reason-error").text()).isNotBlank();
        assertThat(results().closed()).isFalse();

        String until = LocalDate.now(clock).plusYears(2).toString();
        web.send(journey.carrier, "/tasks/" + vote + "/extend", "until", until);
        assertThat(results().extendedUntil()).isNotNull();

        web.send(journey.carrier, "/tasks/" + vote + "/close", "reason", "Les praticiens sont en congés tout l'été.");
        VoteService.Results closed = results();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.tally().provisional()).isTrue();
        Document after = Jsoup.parse(page(sam, "/experimentations/{id}/votes", journey.id));
        assertThat(after.select("#reason-heading + p").text()).isEqualTo("Les praticiens sont en congés tout l'été.");
        assertThat(web.stepIds(journey.carrier, "WriteActionPlan")).hasSize(1);
    }

    @Test
    void thePlanStartsFromTheTopLeadsAndEachChangeNeedsAReasonShownToTheValidation() throws Exception {
        everyoneVotes();
        web.send(journey.carrier, "/tasks/" + vote + "/close");
        String plan = web.stepId(journey.carrier, "WriteActionPlan");

        Document page = Jsoup.parse(page(journey.carrier, "/tasks/{t}", plan));
        assertThat(page.select("input[name=leadIds][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(leads.get(0).toString(), leads.get(1).toString());
        assertThat(page.select(".plan-lead").first().text()).contains("Rang").contains("Accompagnants");

        // leaving out a preselected lead without saying why: the page again, the message next to that lead
        String refused = mvc.perform(post("/tasks/{t}", plan)
                        .with(user(journey.carrier))
                        .with(csrf())
                        .param("leadIds", leads.get(0).toString())
                        .param("reasons[0].leadId", leads.get(0).toString())
                        .param("reasons[1].leadId", leads.get(1).toString())
                        .param("reasons[2].leadId", leads.get(2).toString())
                        .param("body", "Plan d'action."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused)
                        .select("#reason-" + leads.get(1) + "-error")
                        .text())
                .contains("écrivez pourquoi");

        web.submit(
                journey.carrier,
                plan,
                "leadIds",
                leads.get(0).toString(),
                "reasons[0].leadId",
                leads.get(0).toString(),
                "reasons[1].leadId",
                leads.get(1).toString(),
                "reasons[1].text",
                "Le référent attend le budget de l'an prochain.",
                "reasons[2].leadId",
                leads.get(2).toString(),
                "body",
                "Plan d'action.");
        assertThat(votes.selectionChanges(journey.id)).singleElement().satisfies(c -> {
            assertThat(c.leadId()).isEqualTo(leads.get(1));
            assertThat(c.selected()).isFalse();
            assertThat(c.reason()).isEqualTo("Le référent attend le budget de l'an prochain.");
        });
        Document done = Jsoup.parse(page(journey.carrier, "/tasks/done/{t}", plan));
        assertThat(done.select("#selected-heading + ul li").eachText()).containsExactly("Un accueil sans rendez-vous");
    }

    @Test
    void noPageShowsWhoGradedWhatToTheCarrierTheAdminOrTheCommittee() throws Exception {
        everyoneVotes();
        List<String> voters = List.of("Camille", "Sam", "Alix", "Noé", "Dominique", "Nadia");
        List<String> before = new ArrayList<>();
        for (AccountPrincipal who : List.of(journey.carrier, journey.admin, journey.committee)) {
            before.addAll(leaks(who, voters, "/experimentations/{id}/votes", journey.id));
        }
        web.send(journey.carrier, "/tasks/" + vote + "/close");
        List<String> after = new ArrayList<>();
        for (AccountPrincipal who : List.of(journey.carrier, journey.admin, journey.committee)) {
            for (String path : List.of(
                    "/experimentations/{id}/votes",
                    "/experimentations/{id}",
                    "/experimentations/{id}/leads",
                    "/experimentations/{id}/members",
                    "/tasks")) {
                after.addAll(leaks(who, voters, path, journey.id));
            }
            after.addAll(leaks(who, voters, "/tasks/done/{t}", vote));
        }
        String plan = web.stepId(journey.carrier, "WriteActionPlan");
        after.addAll(leaks(journey.carrier, voters, "/tasks/{t}", plan));
        // the committee's workbooks too: the phase's (made as when the phase reaches its report step) and the whole
        // experimentation's, every sheet, every row
        reports.generate(
                journey.id, Phase.ACTION_LEADS, journey.carrier.getPersonId(), ReportService.REASON_REPORT_STEP);
        for (AccountPrincipal who : List.of(journey.carrier, journey.admin, journey.committee)) {
            after.addAll(workbookLeaks(who, voters, "/experimentations/{id}/reports/phase-2.xlsx"));
            after.addAll(workbookLeaks(who, voters, "/experimentations/{id}/reports/experimentation.xlsx"));
        }
        assertThat(before).isEmpty();
        assertThat(after).isEmpty();
    }

    /**
     * The rows of a downloaded workbook where a voter's name and a grade label sit together: empty when the
     * workbook shows nobody's grades. The download must work (the committee reads it).
     */
    private List<String> workbookLeaks(AccountPrincipal who, List<String> voters, String path) throws Exception {
        byte[] xlsx = mvc.perform(get(path, journey.id).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> found = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Pistes et votes"))
                    .as("the votes sheet of %s", path)
                    .isNotNull();
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    StringBuilder text = new StringBuilder();
                    row.forEach(
                            cell -> text.append(format.formatCellValue(cell)).append(" | "));
                    String line = text.toString();
                    if (voters.stream().anyMatch(line::contains)
                            && GRADE_LABELS.stream().anyMatch(line::contains)) {
                        found.add(who.getUsername() + " " + path + " " + sheet.getSheetName() + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The places on a page where a voter's name and a grade label sit together (the same element, or a name's
     * parent holding a grade): empty when the page shows nobody's grades. A page that is not 200 is skipped.
     */
    private List<String> leaks(AccountPrincipal who, List<String> voters, String path, Object var) throws Exception {
        var response = mvc.perform(get(path, var).with(user(who))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return List.of();
        }
        Document page = Jsoup.parse(response.getContentAsString());
        List<String> found = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            String own = e.ownText();
            if (voters.stream().noneMatch(own::contains)) {
                continue;
            }
            Element around = e.parent() == null ? e : e.parent();
            String text = around.text();
            if (GRADE_LABELS.stream().anyMatch(text::contains)) {
                found.add(who.getUsername() + " " + path + ": " + text);
            }
        }
        return found;
    }
}
