package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.StepView;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The committee's review through the step pages: asking for more lists each request; the carrier's phase report comes
 * back prefilled with its last version and the requests, each to be answered; the next review shows the answers;
 * approving stores the report version and moves the process on. Likewise a college's objection on the synthesis.
 */
@FaireAvecWebTest
class CommitteeReviewReworkWebTest {

    @Autowired
    coop.faireavec.report.ReportService reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    StepService steps;

    @Autowired
    ReviewService reviews;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    private Document page(AccountPrincipal who, String path, int status) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The carrier walks phase 1 up to the committee's review, every college agreeing (texts "Texte de test."). */
    private String toReview(TestData.Scenario s, AccountPrincipal committee) {
        for (int guard = 0; guard < 20 && steps.mySteps(committee.viewer()).isEmpty(); guard++) {
            StepView step = steps.mySteps(s.carrier().viewer()).get(0);
            data.completeStep(s.carrier(), step, "college-validation".equals(step.formKey()) ? "AGREE" : null);
        }
        return steps.mySteps(committee.viewer()).get(0).id();
    }

    @Test
    void askingForMoreWithTwoRequestsReopensThePrefilledReportWhoseAnswersTheNextReviewShows() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        String review = toReview(s, committee);

        // three empty rows; "add a request" brings a fourth and keeps what was typed, without JavaScript
        Document form = page(committee, "/tasks/" + review, 200);
        assertThat(form.select("textarea[name^=requests]")).hasSize(3);
        Document more = refused(post("/tasks/{t}/review", review)
                .with(user(committee))
                .with(csrf())
                .param("approved", "false")
                .param("requests[0].part", "PARTICIPATION")
                .param("requests[0].what", "Combien de personnes concernées sont venues ?")
                .param("requests[1].part", "")
                .param("requests[1].what", "")
                .param("requests[2].part", "")
                .param("requests[2].what", "")
                .param("addRow", "1"));
        assertThat(more.select("textarea[name^=requests]")).hasSize(4);
        assertThat(more.select("textarea[name='requests[0].what']").text())
                .isEqualTo("Combien de personnes concernées sont venues ?");
        assertThat(more.select("select[name='requests[0].part'] option[selected]")
                        .val())
                .isEqualTo("PARTICIPATION");
        assertThat(more.select(".error-summary")).isEmpty();

        // asking for more: at least one request, and a half-filled row says which one and what is missing
        assertThat(refused(post("/tasks/{t}/review", review)
                                .with(user(committee))
                                .with(csrf())
                                .param("approved", "false"))
                        .select(".error-summary")
                        .text())
                .contains("Demandes : pour demander des compléments, écrivez au moins une demande.");
        Document approving = refused(post("/tasks/{t}/review", review)
                .with(user(committee))
                .with(csrf())
                .param("approved", "true")
                .param("requests[0].part", "FUNDING")
                .param("requests[0].what", "Qui a payé la salle ?"));
        assertThat(approving.select(".error-summary").text())
                .contains("Demandes : vous approuvez, alors videz les demandes");
        assertThat(approving.select("textarea[name='requests[0].what']").text()).isEqualTo("Qui a payé la salle ?");
        assertThat(refused(post("/tasks/{t}/review", review)
                                .with(user(committee))
                                .with(csrf())
                                .param("approved", "false")
                                .param("requests[0].part", "OTHER")
                                .param("requests[0].what", "x".repeat(2001)))
                        .select(".error-summary")
                        .text())
                .contains("Une demande est trop longue : 2000 caractères au plus.");
        Document half = refused(post("/tasks/{t}/review", review)
                .with(user(committee))
                .with(csrf())
                .param("approved", "false")
                .param("requests[0].part", "PARTICIPATION")
                .param("requests[0].what", "Combien de personnes concernées sont venues ?")
                .param("requests[1].part", "FUNDING"));
        assertThat(half.select(".error-summary").text()).contains("Demande 2 : dites ce que vous demandez.");
        // a part that is not in the list is named in the message
        assertThat(refused(post("/tasks/{t}/review", review)
                                .with(user(committee))
                                .with(csrf())
                                .param("approved", "false")
                                .param("requests[0].part", "NOT_A_PART")
                                .param("requests[0].what", "x"))
                        .select(".error-summary")
                        .text())
                .contains("Choisissez dans la liste la partie du bilan concernée par la demande.");
        // a row index no page posts (requests[999]) is left out, never a 500: asking for more still needs a request
        assertThat(refused(post("/tasks/{t}/review", review)
                                .with(user(committee))
                                .with(csrf())
                                .param("approved", "false")
                                .param("requests[999].part", "OTHER")
                                .param("requests[999].what", "x"))
                        .select(".error-summary")
                        .text())
                .isNotBlank();
        assertThat(half.select("textarea[name='requests[0].what']").text())
                .isEqualTo("Combien de personnes concernées sont venues ?");

        mvc.perform(post("/tasks/{t}/review", review)
                        .with(user(committee))
                        .with(csrf())
                        .param("approved", "false")
                        // a version that was never generated: the decision is about the latest kept one
                        .param("reportVersion", "99")
                        .param("comment", "Un bon début ; il nous manque deux choses.")
                        .param("requests[0].part", "PARTICIPATION")
                        .param("requests[0].what", "Combien de personnes concernées sont venues ?")
                        .param("requests[2].part", "FUNDING")
                        .param("requests[2].what", "Qui a payé la salle ?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/done/" + review));
        ReviewService.Decision asked = reviews.decisionsOf(id).get(0);
        assertThat(asked.review().isApproved()).isFalse();
        assertThat(asked.review().getReportVersion())
                .isEqualTo(
                        reports.latest(id, Phase.SHARED_DIAGNOSIS).orElseThrow().getVersionNo());
        assertThat(asked.requests())
                .extracting(r -> r.getPosition() + " " + r.getPart() + " " + r.getWhat())
                .containsExactly(
                        "1 PARTICIPATION Combien de personnes concernées sont venues ?",
                        "2 FUNDING Qui a payé la salle ?");

        // the process is back at the phase report: prefilled with the last version, the two requests at the top
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);
        String report = web.stepId(s.carrier(), "WritePhaseReport");
        Document rework = page(s.carrier(), "/tasks/" + report, 200);
        assertThat(rework.select("textarea[name=body]").text()).isEqualTo("Texte de test.");
        assertThat(rework.select(".rework-points li")).hasSize(2);
        // the committee's overall comment, at the top with its requests
        assertThat(rework.select(".rework .committee-comment").text())
                .isEqualTo("Ce que le comité a écrit en demandant des compléments : "
                        + "Un bon début ; il nous manque deux choses.");
        assertThat(rework.select(".rework-points").text())
                .contains("Demande 1 du comité", "Participation", "Combien de personnes concernées sont venues ?")
                .contains("Demande 2 du comité", "Financement", "Qui a payé la salle ?");

        // each answer is required, and the message names the request; what was typed stays
        Document missing = refused(post("/tasks/{t}", report)
                .with(user(s.carrier()))
                .with(csrf())
                .param("body", "Le bilan complété.")
                .param("answers[0]", "Six personnes concernées sur dix invitées."));
        assertThat(refused(post("/tasks/{t}", report)
                                .with(user(s.carrier()))
                                .with(csrf())
                                .param("body", "Le bilan complété.")
                                .param("answers[0]", "x".repeat(4001))
                                .param("answers[1]", "La mairie prête la salle."))
                        .select(".error-summary")
                        .text())
                .contains("Une réponse est trop longue : 4000 caractères au plus.");
        // an index no page posts (answers[999]) is left out, never a 500: the answers are still asked for
        assertThat(refused(post("/tasks/{t}", report)
                                .with(user(s.carrier()))
                                .with(csrf())
                                .param("body", "Le bilan complété.")
                                .param("answers[0]", "a")
                                .param("answers[999]", "x"))
                        .select("textarea[name='answers[1]']"))
                .hasSize(1);
        assertThat(missing.select(".error-summary").text())
                .contains("Demande 2 du comité : écrivez votre réponse.")
                .doesNotContain("Demande 1 du comité");
        assertThat(missing.select("textarea[name='answers[0]']").text())
                .isEqualTo("Six personnes concernées sur dix invitées.");
        assertThat(missing.select("textarea[name=body]").text()).isEqualTo("Le bilan complété.");
        web.submit(
                s.carrier(),
                report,
                "body",
                "Le bilan complété.",
                "answers[0]",
                "Six personnes concernées sur dix invitées.",
                "answers[1]",
                "La mairie prête la salle.");

        // the next review shows how each request was answered
        String second = web.stepId(committee, "CommitteeReview");
        Document next = page(committee, "/tasks/" + second, 200);
        assertThat(next.select(".answered-points").text())
                .contains("Combien de personnes concernées sont venues ?", "Six personnes concernées sur dix invitées.")
                .contains("Qui a payé la salle ?", "La mairie prête la salle.");
        assertThat(next.select(".to-read").text()).contains("Le bilan complété.");

        // approving stores the version it was about, and the process moves on to phase 2
        int seen = reports.latest(id, Phase.SHARED_DIAGNOSIS).orElseThrow().getVersionNo();
        web.submit(committee, second, "approved", "true", "reportVersion", String.valueOf(seen));
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.ACTION_LEADS);
        List<ReviewService.Decision> decisions = reviews.decisionsOf(id);
        assertThat(decisions.get(0).review().isApproved()).isTrue();
        assertThat(seen).isEqualTo(asked.review().getReportVersion() + 1);
        assertThat(decisions.get(0).review().getReportVersion()).isEqualTo(seen);
        assertThat(decisions.get(0).requests()).isEmpty();
        assertThat(decisions.get(1).requests())
                .allSatisfy(
                        r -> assertThat(r.getAnsweredBy()).isEqualTo(s.carrier().getPersonId()));

        // the done review opens for the committee (and carriers, as the decisions page): decision, requests, answers,
        // who, version
        Document done = page(committee, "/tasks/done/" + review, 200);
        assertThat(done.select(".review-decision").text())
                .contains("Le comité a demandé des compléments.")
                .contains("Décision de " + "Personne " + committee.getUsername())
                .contains("Décision prise sur la version " + asked.review().getReportVersion() + " du bilan.")
                .contains("Qui a payé la salle ?", "La mairie prête la salle.");
        page(s.carrier(), "/tasks/done/" + second, 200);
        // a member of a college reads the approved decision on the phase's results page, not the committee's review
        page(lived, "/tasks/done/" + second, 403);
        page(lived, "/tasks/done/" + review, 403);
        page(lived, "/experimentations/" + id + "/results/phase-1", 200);

        // the committee's page: every decision of the phase, newest first, with the version's download address
        Document decisionsPage = page(committee, "/experimentations/" + id + "/decisions", 200);
        assertThat(decisionsPage.select(".review-decision")).hasSize(2);
        assertThat(decisionsPage.select(".review-decision").first().text()).contains("approuvé");
        assertThat(decisionsPage.select("a[href$=.xlsx]").eachAttr("href"))
                .containsExactly(
                        "/experimentations/" + id + "/reports/phase-1/v" + seen + ".xlsx",
                        "/experimentations/" + id + "/reports/phase-1/v"
                                + asked.review().getReportVersion() + ".xlsx");
        mvc.perform(get("/experimentations/{id}/decisions", id).with(user(lived)))
                .andExpect(status().isForbidden());
        assertThat(page(committee, "/", 200).select("a[href=/experimentations/" + id + "/decisions]"))
                .hasSize(1);
    }

    @Test
    void aCollegeObjectionReopensThePrefilledSynthesisAndTheNextValidationShowsTheAnswer() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        for (int guard = 0;
                guard < 20 && web.stepIds(lived, "CollectiveValidation").isEmpty();
                guard++) {
            StepView step = steps.mySteps(s.carrier().viewer()).get(0);
            data.completeStep(s.carrier(), step, null);
        }
        web.complete(lived, "CollectiveValidation", "decision", "DISAGREE", "body", "Il manque l'accueil au guichet.");
        for (College c : List.of(College.PRACTITIONERS, College.DECISION_MAKERS)) {
            web.complete(data.memberOfCollege(id, c), "CollectiveValidation", "decision", "AGREE");
        }
        web.close(s.carrier(), "CollectiveValidation", null);
        String synthesis = web.stepId(s.carrier(), "DraftSynthesis");
        Document rework = page(s.carrier(), "/tasks/" + synthesis, 200);
        assertThat(rework.select("textarea[name=body]").text()).isEqualTo("Texte de test.");
        assertThat(rework.select(".rework-points").text())
                .contains("Remarque 1 d'un collège", "Personnes concernées", "Il manque l'accueil au guichet.");
        assertThat(refused(post("/tasks/{t}", synthesis)
                                .with(user(s.carrier()))
                                .with(csrf())
                                .param("body", "Synthèse avec l'accueil."))
                        .select(".error-summary")
                        .text())
                .contains("Remarque 1 d'un collège : écrivez votre réponse.");
        web.submit(
                s.carrier(),
                synthesis,
                "body",
                "Synthèse avec l'accueil.",
                "answers[0]",
                "Une partie sur l'accueil au guichet est ajoutée.");

        Document validation = page(lived, "/tasks/" + web.stepId(lived, "CollectiveValidation"), 200);
        assertThat(validation.select(".to-read").text()).contains("Synthèse avec l'accueil.");
        assertThat(validation.select(".answered-points").text())
                .contains("Il manque l'accueil au guichet.", "Une partie sur l'accueil au guichet est ajoutée.");
    }

    @Test
    void theResultsOfAnApprovedPhaseAreGivenBackToEveryMemberInPlainWords() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        String review = toReview(s, committee);
        Document notYet = page(lived, "/experimentations/" + id + "/results/phase-1", 404);
        assertThat(notYet.select("h1").text()).isEqualTo("Pas encore de résultats");

        web.submit(committee, review, "approved", "true", "comment", "Bravo à tous.");
        assertThat(page(lived, "/", 200).text()).contains("La phase 1 est approuvée.");
        Document results = page(lived, "/experimentations/" + id + "/results/phase-1", 200);
        assertThat(results.select("h1").text()).isEqualTo("Les résultats Phase 1 : diagnostic partagé");
        assertThat(results.title()).startsWith("Les résultats de la phase 1");
        assertThat(results.text())
                .contains("Ce qui a été dit", "Texte de test.")
                .contains("Le comité a dit oui le ", "Bravo à tous.")
                .contains("Maintenant, chacun peut proposer des pistes pour agir.");
        assertThat(results.select(".results-voices li.mine").text()).contains("Personnes concernées", "votre collège");
        assertThat(results.select(".results-voices li")).hasSize(3);
        page(lived, "/experimentations/" + id + "/results/phase-2", 404);
        page(lived, "/experimentations/" + id + "/results/phase-9", 404);
        mvc.perform(get("/experimentations/{id}/results/phase-1", id)
                        .with(user(data.runningExperimentation().carrier())))
                .andExpect(status().isForbidden());
        assertThat(reviews.decisionsOf(id).get(0).review().getReportVersion())
                .isEqualTo(
                        reports.latest(id, Phase.SHARED_DIAGNOSIS).orElseThrow().getVersionNo());
    }
}
