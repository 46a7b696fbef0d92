package coop.faireavec.experimentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** One experimentation through the four phases, by the web layer only, on H2 (see the PostgreSQL twin). */
@FaireAvecWebTest
class FourPhasesEndToEndTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    ContributionService contributions;

    @Autowired
    ActionLeadService leads;

    @Test
    void anExperimentationGoesFromSharedDiagnosisToClosing() throws Exception {
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        // what people said is in app tables, each tagged with its step and college
        assertThat(contributions.ofPhase(journey.id, "SHARED_DIAGNOSIS"))
                .filteredOn(c -> c.getStepKey().equals("PeerSessions"))
                .extracting(c -> c.getCollege())
                .containsExactlyInAnyOrder("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
        assertThat(contributions.ofPhase(journey.id, "SHARED_DIAGNOSIS"))
                .filteredOn(c -> "DISAGREE".equals(c.getDecision()))
                .singleElement()
                .satisfies(c -> assertThat(c.getBody()).contains("guichet"));
        journey.actionLeads();
        // the plan selected the two leads a majority of colleges chose; phase 3 runs one experiment for each
        assertThat(leads.selectedIds(journey.id)).hasSize(2);
        journey.experimenting();
        assertThat(contributions.ofPhase(journey.id, "EXPERIMENTING"))
                .filteredOn(c -> c.getStepKey().equals("RecordObservations"))
                .hasSize(2);
        journey.consolidationUpToFinalReport();
        theLastPhaseSaysItEndsTheExperimentation(journey);
        assertThat(data.experimentation(journey.id).getStatus()).isEqualTo(ExperimentationStatus.CLOSED);
        assertThat(contributions.ofPhase(journey.id, "CONSOLIDATION"))
                .filteredOn(c -> c.getSection() != null)
                .extracting(c -> c.getSection())
                .containsExactly("WHAT_WORKED", "CONDITIONS", "TRANSFER_KIT", "MINUTES");
        // each meeting step kept its meeting's validated minutes, as a collective text (no single author)
        assertThat(contributions.ofExperimentation(journey.id))
                .filteredOn(c -> "MINUTES".equals(c.getSection()))
                .extracting(c -> c.getStepKey())
                .containsExactly(
                        "KickOffMeeting", "CrossedDiscussion", "CrossedDiscussionOnLeads", "FinalCrossedMeeting");
    }

    /**
     * Phase 4's report and committee review use their own words (messages per process): the report is the final
     * one and approving it ends the experimentation, in French and in English.
     */
    private void theLastPhaseSaysItEndsTheExperimentation(FourPhaseJourney journey) throws Exception {
        WebScenario web = new WebScenario(mvc);
        String report = web.stepId(journey.carrier, "WritePhaseReport");
        Document fr = page(journey.carrier, report, Locale.FRENCH);
        assertThat(fr.select("h1").text()).isEqualTo("Rapport final de l'expérimentation");
        assertThat(fr.select("p.intro").text())
                .startsWith("Écrivez le rapport final")
                .doesNotContain("bilan de la phase");
        assertThat(fr.select("form.card button[type=submit]").text()).isEqualTo("Envoyer le rapport final au comité");
        assertThat(page(journey.carrier, report, Locale.ENGLISH).select("h1").text())
                .isEqualTo("Final report of the experimentation");
        Document tasks = Jsoup.parse(mvc.perform(get("/tasks").with(user(journey.carrier)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(tasks.select(".card.step").text()).contains("Écrivez le rapport final de l'expérimentation.");
        web.complete(journey.carrier, "WritePhaseReport", "body", "Rapport final.");

        String review = web.stepId(journey.committee, "CommitteeReview");
        // the last phase's drawing names its steps as their pages do
        Document experimentation = Jsoup.parse(
                mvc.perform(get("/experimentations/{id}", journey.id).with(user(journey.carrier)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(experimentation
                        .select(".process-drawing[data-process-key=phase-4-consolidation] .process-step-name")
                        .eachText())
                .contains("Rapport final de l'expérimentation", "Relecture finale par le comité");
        Document decision = page(journey.committee, review, Locale.FRENCH);
        assertThat(decision.select("h1").text()).isEqualTo("Relecture finale par le comité");
        assertThat(decision.select("label[for=approved-yes]").text())
                .isEqualTo("J'approuve : l'expérimentation est terminée");
        assertThat(page(journey.committee, review, Locale.ENGLISH)
                        .select("label[for=approved-yes]")
                        .text())
                .isEqualTo("I approve: the experimentation is over");
        web.review(journey.committee, "CommitteeReview", true, null);
    }

    private Document page(AccountPrincipal who, String step, Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get("/tasks/{t}", step)
                        .with(user(who))
                        .cookie(new jakarta.servlet.http.Cookie("faireavec-lang", locale.getLanguage())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
