package coop.faireavec.experimentation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** One experimentation through the four phases, by the web layer only, on H2 (see the PostgreSQL twin). */
@FaireAvecWebTest
class FourPhasesEndToEndTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ManagementService jobs;
    @Autowired ContributionService contributions;
    @Autowired ActionLeadService leads;

    @Test
    void anExperimentationGoesFromSharedDiagnosisToClosing() throws Exception {
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        // what people said is in app tables, each tagged with its step and college
        assertThat(contributions.ofPhase(journey.id, "SHARED_DIAGNOSIS"))
                .filteredOn(c -> c.getStepKey().equals("PeerSessions")).extracting(c -> c.getCollege())
                .containsExactlyInAnyOrder("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
        assertThat(contributions.ofPhase(journey.id, "SHARED_DIAGNOSIS"))
                .filteredOn(c -> "DISAGREE".equals(c.getDecision())).singleElement()
                .satisfies(c -> assertThat(c.getBody()).contains("guichet"));
        journey.actionLeads();
        // the plan selected the two leads a majority of colleges chose; phase 3 runs one experiment for each
        assertThat(leads.selectedIds(journey.id)).hasSize(2);
        journey.experimenting();
        assertThat(contributions.ofPhase(journey.id, "EXPERIMENTING"))
                .filteredOn(c -> c.getStepKey().equals("RecordObservations")).hasSize(2);
        journey.consolidation();
        assertThat(contributions.ofPhase(journey.id, "CONSOLIDATION"))
                .filteredOn(c -> c.getSection() != null).extracting(c -> c.getSection())
                .containsExactly("WHAT_WORKED", "CONDITIONS", "TRANSFER_KIT", "MINUTES");
        // each meeting step kept its meeting's validated minutes, as a collective text (no single author)
        assertThat(contributions.ofExperimentation(journey.id)).filteredOn(c -> "MINUTES".equals(c.getSection()))
                .extracting(c -> c.getStepKey()).containsExactly("KickOffMeeting", "CrossedDiscussion",
                        "CrossedDiscussionOnLeads", "FinalCrossedMeeting");
    }
}
