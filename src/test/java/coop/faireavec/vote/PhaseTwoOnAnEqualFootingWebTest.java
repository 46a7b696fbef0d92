package coop.faireavec.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.decision.Grade;
import coop.faireavec.decision.LeadResult;
import coop.faireavec.decision.Turnout;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A whole phase 2 on an equal footing between colleges (issue #13, "Done when"), through the web layer only: the
 * call for leads shared by every member (one lead recorded for a person without an account), the crossed
 * discussion, the vote (a provisional result naming the college below its quorum, a close refused without reason,
 * an extension, the ranking by majority judgment with equal college weight), the action plan preselected from the
 * vote and changed with a reason, then the members' validation: one college objects, the plan comes back, the carrier
 * answers, every college agrees and the phase moves to its report.
 *
 * <p>Colleges: people with lived experience = Camille, Lou and Nadia (no account); practitioners = Sam and four more
 * (the big college); decision-makers = Dominique and Marc.
 */
@FaireAvecWebTest
class PhaseTwoOnAnEqualFootingWebTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    VoteService votes;

    @Autowired
    ActionLeadService leadService;

    @Autowired
    ContributionService contributions;

    @Autowired
    StepService steps;

    private WebScenario web;
    private FourPhaseJourney journey;
    private AccountPrincipal carrier;
    private String vote;
    private List<Long> leads;

    @Test
    void fromTheCallForLeadsToAValidatedActionPlan() throws Exception {
        web = new WebScenario(mvc);
        journey = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        carrier = journey.carrier;
        long id = journey.id;
        AccountPrincipal camille = journey.members.get(College.LIVED_EXPERIENCE);
        AccountPrincipal sam = journey.members.get(College.PRACTITIONERS);
        AccountPrincipal dominique = journey.members.get(College.DECISION_MAKERS);
        AccountPrincipal lou = data.principal(web.addMember(carrier, id, "Lou", "LIVED_EXPERIENCE", "PARTICIPANT"));
        List<AccountPrincipal> practitioners = new ArrayList<>(List.of(sam));
        for (String name : List.of("Alix", "Noé", "Yanis", "Inès")) {
            practitioners.add(data.principal(web.addMember(carrier, id, name, "PRACTITIONERS", "PARTICIPANT")));
        }
        AccountPrincipal marc = data.principal(web.addMember(carrier, id, "Marc", "DECISION_MAKERS", "PARTICIPANT"));
        long nadia = data.personWithoutAccount(id, "Nadia", College.LIVED_EXPERIENCE);

        // 1. the call for leads: one shared step, a lead from each college, Nadia's recorded with her consent
        String call = web.stepId(camille, "CallForLeadsOpen");
        assertThat(web.stepId(sam, "CallForLeadsOpen")).isEqualTo(call);
        assertThat(web.stepId(dominique, "CallForLeadsOpen")).isEqualTo(call);
        propose(camille, call, "Un accueil sans rendez-vous");
        propose(sam, call, "Un référent unique");
        propose(dominique, call, "Un guichet commun");
        String withoutConsent = mvc.perform(post("/tasks/{t}", call)
                        .with(user(carrier))
                        .with(csrf())
                        .param("onBehalfOf", String.valueOf(nadia))
                        .param("title", "Des papiers en un seul endroit")
                        .param("problem", "Dit à la permanence"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(withoutConsent).select(".error").text()).isNotBlank();
        web.submit(
                carrier,
                call,
                "onBehalfOf",
                String.valueOf(nadia),
                "consentKind",
                "ORAL",
                "title",
                "Des papiers en un seul endroit",
                "problem",
                "Dit à la permanence");
        ActionLead nadias = lead("Des papiers en un seul endroit");
        assertThat(nadias.getProposedById()).isEqualTo(nadia);
        assertThat(nadias.getRecordedById()).isEqualTo(carrier.getPersonId());
        // Camille's and Nadia's leads: two voices for the people with lived experience, none for the carrier
        assertThat(contributions.voicesByCollege(id, Phase.ACTION_LEADS.name()))
                .filteredOn(v -> v.college() == College.LIVED_EXPERIENCE)
                .singleElement()
                .satisfies(v -> assertThat(v.contributions()).isEqualTo(2));
        assertThat(contributions.voicesByCollege(id, Phase.ACTION_LEADS.name()))
                .filteredOn(v -> v.college() == College.DECISION_MAKERS)
                .singleElement()
                .satisfies(v -> assertThat(v.contributions()).isEqualTo(1));

        // 2. the carrier closes the call; the crossed discussion is held
        web.close(carrier, "CallForLeadsOpen");
        assertThat(leadService.callIsOpen(id)).isFalse();
        web.holdMeeting(
                carrier,
                id,
                "CrossedDiscussionOnLeads",
                "Quatre pistes discutées.",
                List.of(camille, lou, sam, dominique, marc));
        leads = data.leads(id);
        assertThat(leads).hasSize(4);
        long accueil = lead("Un accueil sans rendez-vous").getId();
        long referent = lead("Un référent unique").getId();
        long guichet = lead("Un guichet commun").getId();
        long papiers = nadias.getId();

        // 3. the vote. The big college (5 practitioners) prefers the walk-in reception (A), the two small ones the
        // single referent (B); everyone finds the common desk (C) useful and the papers (D) not a priority.
        vote = web.stepId(camille, "PrioritisationVote");
        for (AccountPrincipal p : practitioners) {
            votes(p, by(accueil, "ESSENTIAL", referent, "NOT_PRIORITY", guichet, "USEFUL", papiers, "NOT_PRIORITY"));
        }
        for (AccountPrincipal p : List.of(camille, lou)) {
            votes(p, by(accueil, "USEFUL", referent, "ESSENTIAL", guichet, "USEFUL", papiers, "NOT_PRIORITY"));
        }
        votes(dominique, by(accueil, "USEFUL", referent, "ESSENTIAL", guichet, "USEFUL", papiers, "NOT_PRIORITY"));

        // quorums: practitioners 2 of 5, lived experience 2 of 3, decision-makers 2 of 2: one decision-maker missing
        assertThat(turnout(College.DECISION_MAKERS)).satisfies(t -> {
            assertThat(t.ballots()).isEqualTo(1);
            assertThat(t.required()).isEqualTo(2);
            assertThat(t.quorumMet()).isFalse();
        });
        assertThat(results().tally().provisional()).isTrue();
        Document provisional = page(sam, "/experimentations/{id}/votes", id);
        assertThat(provisional.select("#provisional-heading").text()).isEqualTo("Résultat provisoire");
        assertThat(provisional.text())
                .contains("Il manque 1 votant(s) au collège Décideurs pour atteindre son quorum.")
                .doesNotContain("au collège Accompagnants")
                .doesNotContain("au collège Personnes concernées");

        // closing now needs a reason
        Document refused = Jsoup.parse(
                mvc.perform(post("/tasks/{t}/close", vote).with(user(carrier)).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(refused.select("#closing-reason-error").text()).isNotBlank();
        assertThat(results().closed()).isFalse();

        // the carrier gives more time: the step's due date moves to the day chosen
        Instant dueBefore = steps.step(carrier.viewer(), vote).due();
        LocalDate until = LocalDate.ofInstant(dueBefore == null ? Instant.now() : dueBefore, PARIS)
                .plusDays(10);
        web.send(carrier, "/tasks/" + vote + "/extend", "until", until.toString());
        assertThat(results().extendedUntil()).isNotNull();
        Instant dueAfter = steps.step(carrier.viewer(), vote).due();
        assertThat(dueAfter).isAfter(until.atStartOfDay(PARIS).toInstant());
        if (dueBefore != null) {
            assertThat(dueAfter).isAfter(dueBefore);
        }

        // Marc votes: every college reached its quorum, nothing provisional any more
        votes(marc, by(accueil, "USEFUL", referent, "IMPORTANT", guichet, "USEFUL", papiers, "NOT_PRIORITY"));
        assertThat(results().tally().provisional()).isFalse();
        assertThat(page(sam, "/experimentations/{id}/votes", id).select("#provisional-heading"))
                .isEmpty();
        web.send(carrier, "/tasks/" + vote + "/close");
        assertThat(results().closed()).isTrue();

        // The ranking, computed by hand; each college weighs 1/3, each voter 1/3 ÷ (voters of their college):
        // - B (referent): practitioners Not a priority (1/3); lived experience Essential (1/3); decision-makers
        //   Essential (1/6) and Important (1/6). Essential or better 1/2, not more than half; Important or better
        //   2/3: median Important, p = 1/2 better, q = 1/3 worse: Important+. Decision-makers' median of two
        //   (Essential, Important): the lower, Important.
        // - A (walk-in): practitioners Essential (1/3), the others Useful (2/3): median Useful, p = 1/3, q = 0:
        // Useful+.
        // - C (common desk): Useful from all: Useful, p = q = 0: Useful-, after A.
        // - D (papers): Not a priority.
        // Counting raw votes instead (9 voters), A would come first: 5 Essential of 9 makes its median Essential, and
        // B's (3 Essential, 1 Important, 5 Not a priority) is Not a priority.
        assertThat(rank(referent)).isEqualTo(1);
        assertThat(rank(accueil)).isEqualTo(2);
        assertThat(rank(guichet)).isEqualTo(3);
        assertThat(rank(papiers)).isEqualTo(4);
        assertThat(result(referent).overall().majorityGrade()).isEqualTo(Grade.IMPORTANT);
        assertThat(result(referent).overall().plus()).isTrue();
        assertThat(result(accueil).overall().majorityGrade()).isEqualTo(Grade.USEFUL);
        assertThat(median(referent, College.DECISION_MAKERS)).isEqualTo(Grade.IMPORTANT);
        assertThat(median(referent, College.LIVED_EXPERIENCE)).isEqualTo(Grade.ESSENTIAL);
        assertThat(median(accueil, College.PRACTITIONERS)).isEqualTo(Grade.ESSENTIAL);
        assertThat(page(sam, "/experimentations/{id}/votes", id)
                        .select("ol.vote-results > li")
                        .first()
                        .text())
                .contains("Un référent unique");

        // 4. the action plan: the top three leads are checked; the carrier leaves out the common desk, saying why
        String plan = web.stepId(carrier, "WriteActionPlan");
        Document planPage = page(carrier, "/tasks/{t}", plan);
        assertThat(planPage.select("input[name=leadIds][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(referent), String.valueOf(accueil), String.valueOf(guichet));
        String why = "Le guichet commun dépend d'un accord entre trois administrations.";
        web.submit(carrier, plan, planFields(referent, accueil, guichet, why, "Plan d'action : référent et accueil."));
        assertThat(votes.selectionChanges(id)).singleElement().satisfies(c -> {
            assertThat(c.leadId()).isEqualTo(guichet);
            assertThat(c.selected()).isFalse();
            assertThat(c.reason()).isEqualTo(why);
        });
        assertThat(leadService.leadsOf(carrier.viewer(), id).stream()
                        .filter(ActionLead::isSelected)
                        .map(ActionLead::getId))
                .containsExactlyInAnyOrder(referent, accueil);

        // the validation page, the same step for every member, shows the plan and the change with its reason
        String validation = web.stepId(camille, "CollectiveValidation");
        assertThat(web.stepId(sam, "CollectiveValidation")).isEqualTo(validation);
        Document toValidate = page(camille, "/tasks/{t}", validation);
        assertThat(toValidate.select(".to-read").text()).contains("Plan d'action : référent et accueil.");
        assertThat(toValidate.select(".plan-changes li").eachText())
                .containsExactly(
                        "Retirée du plan alors que le vote la présélectionnait : Un guichet commun. Pourquoi : " + why);

        // 5. the people with lived experience object (2 of their 2 answers); one practitioner of three objects too,
        // but their college agrees by majority; the decision-makers agree
        String objection = "Il manque l'accueil des personnes sans papiers d'identité.";
        web.submit(camille, validation, "decision", "DISAGREE", "body", objection);
        web.submit(lou, validation, "decision", "DISAGREE", "body", "Et le samedi matin.");
        web.submit(practitioners.get(0), validation, "decision", "AGREE");
        web.submit(practitioners.get(1), validation, "decision", "AGREE");
        web.submit(practitioners.get(2), validation, "decision", "DISAGREE", "body", "Trop ambitieux.");
        web.submit(dominique, validation, "decision", "AGREE");
        web.submit(marc, validation, "decision", "AGREE");
        web.close(carrier, "CollectiveValidation");

        Document notValidated = page(lou, "/tasks/done/{t}", validation);
        assertThat(notValidated.select(".validation-positions").text())
                .contains("Le texte n'est pas validé", objection, "Et le samedi matin.", "Trop ambitieux.");
        assertThat(row(notValidated, "Personnes concernées")).containsExactly("2", "2", "0", "2", "Pas d'accord");
        assertThat(row(notValidated, "Accompagnants")).containsExactly("3", "2", "2", "1", "D'accord");

        // the plan comes back to the carrier: the objections first, the previous text prefilled
        String again = web.stepId(carrier, "WriteActionPlan");
        Document rework = page(carrier, "/tasks/{t}", again);
        assertThat(rework.select("section.rework").text()).contains(objection).contains("Et le samedi matin.");
        String reworkHtml = rework.html();
        assertThat(reworkHtml.indexOf("id=\"rework-heading\""))
                .isPositive()
                .isLessThan(reworkHtml.indexOf("name=\"leadIds\""));
        assertThat(rework.select("textarea[name=body]").text()).isEqualTo("Plan d'action : référent et accueil.");
        int points = rework.select("ol.rework-points > li").size();
        assertThat(points).isEqualTo(3);
        List<String> fields = new ArrayList<>(List.of(planFields(
                referent, accueil, guichet, why, "Plan d'action : référent, accueil, y compris sans papiers.")));
        for (int i = 0; i < points; i++) {
            fields.add("answers[" + i + "]");
            fields.add("Ajouté au plan, point " + (i + 1) + ".");
        }
        web.submit(carrier, again, fields.toArray(String[]::new));

        // every college agrees: validated, the phase goes on to its report
        String second = web.stepId(camille, "CollectiveValidation");
        Document answered = page(camille, "/tasks/{t}", second);
        assertThat(answered.select(".answered-points").text()).contains(objection, "Ajouté au plan, point 1.");
        for (AccountPrincipal m : List.of(camille, lou, sam, practitioners.get(1), dominique, marc)) {
            web.submit(m, second, "decision", "AGREE");
        }
        web.close(carrier, "CollectiveValidation");
        Document validated = page(camille, "/tasks/done/{t}", second);
        assertThat(validated.select(".validation-positions").text()).contains("Le texte est validé");
        assertThat(web.stepIds(carrier, "WritePhaseReport")).hasSize(1);
        assertThat(web.stepIds(carrier, "WriteActionPlan")).isEmpty();
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.ACTION_LEADS);
    }

    /** The plan's fields: the referent and the walk-in reception kept, the common desk left out with that reason. */
    private String[] planFields(long referent, long accueil, long guichet, String why, String body) {
        List<String> fields =
                new ArrayList<>(List.of("leadIds", String.valueOf(referent), "leadIds", String.valueOf(accueil)));
        for (int i = 0; i < leads.size(); i++) {
            fields.add("reasons[" + i + "].leadId");
            fields.add(leads.get(i).toString());
            if (leads.get(i) == guichet) {
                fields.add("reasons[" + i + "].text");
                fields.add(why);
            }
        }
        fields.add("body");
        fields.add(body);
        return fields.toArray(String[]::new);
    }

    private void propose(AccountPrincipal who, String call, String title) throws Exception {
        web.submit(who, call, "title", title, "problem", "Ce qui bloque, dit par " + who.getUsername());
    }

    private ActionLead lead(String title) {
        return leadService.leadsOf(carrier.viewer(), journey.id).stream()
                .filter(l -> l.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    /** Grades by lead id: lead, grade, lead, grade… */
    private static List<Object> by(Object... leadsAndGrades) {
        return List.of(leadsAndGrades);
    }

    /** Sends a ballot as the ballot page does: one line per lead, in the page's order. */
    private void votes(AccountPrincipal who, List<Object> grades) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/tasks/{t}", vote).with(user(who)).with(csrf());
        for (int i = 0; i < leads.size(); i++) {
            request.param("lines[" + i + "].leadId", leads.get(i).toString())
                    .param("lines[" + i + "].grade", (String) grades.get(grades.indexOf(leads.get(i)) + 1));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
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

    private LeadResult result(long leadId) {
        return results().tally().ranked().stream()
                .filter(l -> l.leadId() == leadId)
                .findFirst()
                .orElseThrow();
    }

    private int rank(long leadId) {
        return result(leadId).rank();
    }

    private Grade median(long leadId, College college) {
        return result(leadId).colleges().stream()
                .filter(c -> c.college().equals(college.name()))
                .findFirst()
                .orElseThrow()
                .median();
    }

    private Document page(AccountPrincipal who, String path, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(get(path, vars).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The cells of a college's row in the validation's positions table. */
    private static List<String> row(Document page, String college) {
        return page.select(".validation-positions tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(college))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + college))
                .select("td")
                .eachText();
    }
}
