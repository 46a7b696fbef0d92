package coop.faireavec.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.StepView;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A collective validation through its step page (issue #13, point 5): one step shared by every member with a college;
 * each member answers for themself, an answer sent again replaces the first (counted once), an objection needs its
 * reason, each college's position and every objection are shown; a college below its quorum makes the carrier give a
 * reason to close (or extend); after the close an answer is a 409; the done page shows the result.
 */
@FaireAvecWebTest
class CollectiveValidationWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    StepService steps;

    @Autowired
    ContributionService contributions;

    @Autowired
    ReportService reports;

    WebScenario web;
    TestData.Scenario s;
    long id;
    /** Three people with lived experience (their quorum is 2), one member in each other college (quorum 1). */
    List<AccountPrincipal> lived;

    @BeforeEach
    void toTheValidation() throws Exception {
        web = new WebScenario(mvc);
        s = data.runningExperimentation();
        id = s.experimentationId();
        lived = List.of(
                data.memberOfCollege(id, College.LIVED_EXPERIENCE),
                data.member(id, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT),
                data.member(id, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT));
        for (int guard = 0;
                guard < 20 && web.stepIds(lived.get(0), "CollectiveValidation").isEmpty();
                guard++) {
            StepView step = steps.mySteps(s.carrier().viewer()).get(0);
            data.completeStep(s.carrier(), step, null);
        }
    }

    private Document page(AccountPrincipal who, String path, int status) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document shown(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The cells of a college's row in the positions table. */
    private static List<String> row(Document page, String college) {
        return page.select(".validation-positions tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(college))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + college))
                .select("td")
                .eachText();
    }

    @Test
    void oneStepForEveryMemberWhereAnAnswerSentAgainReplacesTheFirstAndObjectionsAreShownToAll() throws Exception {
        String task = web.stepId(lived.get(0), "CollectiveValidation");
        for (AccountPrincipal other : List.of(
                lived.get(1),
                lived.get(2),
                data.memberOfCollege(id, College.PRACTITIONERS),
                data.memberOfCollege(id, College.DECISION_MAKERS))) {
            assertThat(web.stepIds(other, "CollectiveValidation")).containsExactly(task);
        }
        web.submit(lived.get(0), task, "decision", "AGREE");
        web.submit(lived.get(0), task, "decision", "DISAGREE", "body", "Il manque l'accueil au guichet.");

        List<Contribution> answers = contributions.ofTask(task);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).getDecision()).isEqualTo("DISAGREE");
        assertThat(answers.get(0).getCollege()).isEqualTo("LIVED_EXPERIENCE");
        // answered 1, needed 2, agree 0, object 1
        Document other = page(lived.get(1), "/tasks/" + task, 200);
        assertThat(row(other, "Personnes concernées")).startsWith("1", "2", "0", "1");
        assertThat(other.select(".validation-positions .objections").text())
                .contains("Personnes concernées", "Il manque l'accueil au guichet.");
        assertThat(page(lived.get(0), "/tasks/" + task, 200)
                        .select(".notice.success")
                        .text())
                .contains("Vous avez déjà répondu");
    }

    @Test
    void anObjectionNeedsItsReasonNextToTheFieldAndSomeoneWithoutCollegeDoesNotAnswer() throws Exception {
        String task = web.stepId(lived.get(0), "CollectiveValidation");
        Document refused = shown(
                post("/tasks/{t}", task).with(user(lived.get(0))).with(csrf()).param("decision", "DISAGREE"));
        assertThat(refused.select(".field.has-error").text()).contains("Dites ce qu'il faut changer");
        assertThat(contributions.ofTask(task)).isEmpty();
        mvc.perform(post("/tasks/{t}", task)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("decision", "AGREE"))
                .andExpect(status().isForbidden());
        assertThat(contributions.ofTask(task)).isEmpty();
    }

    @Test
    void aCollegeBelowItsQuorumMakesTheCarrierExtendOrCloseWithAReasonShownOnTheDonePage() throws Exception {
        String task = web.stepId(lived.get(0), "CollectiveValidation");
        web.submit(lived.get(0), task, "decision", "AGREE");
        web.submit(data.memberOfCollege(id, College.PRACTITIONERS), task, "decision", "AGREE");
        web.submit(
                data.memberOfCollege(id, College.DECISION_MAKERS),
                task,
                "decision",
                "DISAGREE",
                "body",
                "Le budget n'est pas dit.");
        web.submit(data.memberOfCollege(id, College.DECISION_MAKERS), task, "decision", "AGREE");

        Document carrierPage = page(s.carrier(), "/tasks/" + task, 200);
        assertThat(row(carrierPage, "Personnes concernées")).contains("Pas assez de réponses : il en manque 1");
        Document noReason =
                shown(post("/tasks/{t}/close", task).with(user(s.carrier())).with(csrf()));
        assertThat(noReason.select("#closing-reason-error").text())
                .contains("Écrivez pourquoi vous closez alors qu'un collège n'a pas assez de réponses.");
        assertThat(web.stepIds(lived.get(0), "CollectiveValidation")).containsExactly(task);

        LocalDate later = LocalDate.ofInstant(
                        steps.step(s.carrier().viewer(), task).due(), ZoneId.of("Europe/Paris"))
                .plusDays(10);
        mvc.perform(post("/tasks/{t}/extend", task)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("until", later.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(steps.step(s.carrier().viewer(), task).due())
                .isAfter(later.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());

        mvc.perform(post("/tasks/{t}/close", task)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("reason", "Les autres personnes concernées étaient malades."))
                .andExpect(status().is3xxRedirection());
        // every college that answered agrees and two reached their quorum: validated, the phase goes on
        assertThat(web.stepIds(s.carrier(), "WritePhaseReport")).hasSize(1);

        mvc.perform(post("/tasks/{t}", task)
                        .with(user(lived.get(1)))
                        .with(csrf())
                        .param("decision", "AGREE"))
                .andExpect(status().isConflict());

        Document done = page(lived.get(1), "/tasks/done/" + task, 200);
        assertThat(done.select(".validation-positions").text())
                .contains(
                        "Le texte est validé",
                        "Les autres personnes concernées étaient malades.",
                        "Pas assez de réponses : il en manque 1");
        assertThat(row(done, "Décideurs")).startsWith("1", "1", "1", "0");
        assertThat(done.select(".validation-positions .objections")).isEmpty();

        // the phase report gives each college's position and the closing reason
        web.complete(s.carrier(), "WritePhaseReport", "body", "Le bilan.");
        String validationText =
                reports.summary(s.carrier().viewer(), id, Phase.SHARED_DIAGNOSIS).orElseThrow().texts().stream()
                        .filter(t -> t.stepKey().equals("CollectiveValidation"))
                        .findFirst()
                        .orElseThrow()
                        .body();
        assertThat(validationText)
                .contains(
                        "Le texte est validé",
                        "Personnes concernées : 1 réponses (2 nécessaires), 1 d'accord, 0 pas d'accord",
                        "Les autres personnes concernées étaient malades.");
    }

    @Test
    void anObjectingCollegeSendsTheTextBackWithItsObjectionOnTheDonePage() throws Exception {
        String task = web.stepId(lived.get(0), "CollectiveValidation");
        web.submit(lived.get(0), task, "decision", "DISAGREE", "body", "Il manque l'accueil au guichet.");
        web.submit(lived.get(1), task, "decision", "DISAGREE", "body", "Et les horaires.");
        web.submit(lived.get(2), task, "decision", "AGREE");
        web.submit(data.memberOfCollege(id, College.PRACTITIONERS), task, "decision", "AGREE");
        web.submit(data.memberOfCollege(id, College.DECISION_MAKERS), task, "decision", "AGREE");
        web.close(s.carrier(), "CollectiveValidation", null);

        assertThat(web.stepIds(s.carrier(), "DraftSynthesis")).hasSize(1);
        Document done = page(lived.get(2), "/tasks/done/" + task, 200);
        assertThat(done.select(".validation-positions").text())
                .contains("Le texte n'est pas validé", "Il manque l'accueil au guichet.", "Et les horaires.");
        assertThat(row(done, "Personnes concernées")).containsExactly("3", "2", "1", "2", "Pas d'accord");
    }
}
