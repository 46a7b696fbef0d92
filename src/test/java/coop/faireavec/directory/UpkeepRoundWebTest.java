package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The correspondents page and the monthly round, through the web: appointing practitioners starts the territory's
 * upkeep; when the next round's timer fires, the stale records are shared out and each correspondent gets one step;
 * confirming, changing or archiving a record renews it and takes it off the round; the last one, or finishing,
 * completes the step. Upkeep steps never show in (or break) the experimentation step lists.
 */
@FaireAvecWebTest
class UpkeepRoundWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @Autowired
    RoundService rounds;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, AccountPrincipal who)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
    }

    private ProcessInstance upkeepOf(long territoryId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.UPKEEP_PROCESS)
                .variableValueEquals(ProcessConstants.VAR_TERRITORY_ID, territoryId)
                .singleResult();
    }

    /** Fires the timer that opens the next round, as the job executor would once it is due. */
    private void fireNextRound(long territoryId) {
        String job = management
                .createJobQuery()
                .processInstanceId(upkeepOf(territoryId).getId())
                .activityId(ProcessConstants.EVENT_NEXT_ROUND_DUE)
                .singleResult()
                .getId();
        management.executeJob(job);
        openRound(territoryId);
    }

    /** Runs the job that opens a round (after an appointment started the upkeep, or after the timer fired). */
    private void openRound(long territoryId) {
        management
                .createJobQuery()
                .processInstanceId(upkeepOf(territoryId).getId())
                .activityId("OpenRound")
                .list()
                .forEach(j -> management.executeJob(j.getId()));
    }

    private List<Long> structures(TestData.Scenario s, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(directory
                    .addStructure(
                            s.carrier().viewer(), s.territoryId(), TestData.structureDetails(TestData.unique("Asso ")))
                    .getId());
        }
        return ids;
    }

    private void appoint(TestData.Scenario s, AccountPrincipal who) throws Exception {
        MockHttpServletResponse r = perform(
                post("/directory/" + s.territoryId() + "/correspondents")
                        .param("personId", String.valueOf(who.getPersonId())),
                s.carrier());
        assertThat(r.getRedirectedUrl()).isEqualTo("/directory/" + s.territoryId() + "/correspondents");
    }

    @Test
    void theTimerSharesTheStaleRecordsOutAndConfirmingChangingOrArchivingTakesThemOffTheRound() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long t = s.territoryId();
        AccountPrincipal first = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        AccountPrincipal second =
                data.member(s.experimentationId(), College.PRACTITIONERS, ExperimentationRole.PARTICIPANT);
        List<Long> ids = structures(s, 5);
        appoint(s, first);
        appoint(s, second);
        openRound(t);
        // nothing was stale when the first round opened: nobody got a step
        assertThat(workflow.openUpkeepStep(t, first.getPersonId())).isEmpty();

        clock.advance(Duration.ofDays(400));
        // one record archived and one verified since are not in the round
        Long fresh = directory
                .addStructure(s.carrier().viewer(), t, TestData.structureDetails(TestData.unique("Neuve ")))
                .getId();
        fireNextRound(t);

        assertThat(workflow.openUpkeepStep(t, first.getPersonId())).isPresent();
        assertThat(workflow.openUpkeepStep(t, second.getPersonId())).isPresent();
        RoundService.RoundPage mine = rounds.page(first.viewer(), t);
        assertThat(mine.walks()).hasSize(1);
        RoundService.Walk firstWalk = mine.walks().get(0);
        RoundService.Walk secondWalk = rounds.page(second.viewer(), t).walks().get(0);
        // round-robin in a stable order: the longest-serving correspondent takes the 1st, 3rd and 5th
        assertThat(firstWalk.lines())
                .extracting(l -> l.record().id())
                .containsExactly(ids.get(0), ids.get(2), ids.get(4));
        assertThat(secondWalk.lines()).extracting(l -> l.record().id()).containsExactly(ids.get(1), ids.get(3));
        assertThat(firstWalk.lines()).extracting(l -> l.record().id()).doesNotContain(fresh);
        // the carrier sees everyone's round; the correspondents page says how big each round is
        assertThat(rounds.page(s.carrier().viewer(), t).walks()).hasSize(2);
        String people =
                perform(get("/directory/" + t + "/correspondents"), s.carrier()).getContentAsString();
        assertThat(people).contains("3 fiches dans la tournée en cours", "2 fiches dans la tournée en cours");

        String page = perform(get("/directory/" + t + "/round"), first).getContentAsString();
        assertThat(page).contains("3 fiches à vérifier");
        // confirm: verified today by the correspondent, off the round
        MockHttpServletResponse confirmed = perform(
                post("/directory/" + t + "/round/confirm")
                        .param("kind", "STRUCTURE")
                        .param("id", "" + ids.get(0)),
                first);
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/directory/" + t + "/round");
        StructureView v = directory.structure(first.viewer(), t, ids.get(0)).structure();
        assertThat(v.verifiedOn()).isEqualTo(directory.today());
        assertThat(v.stale()).isFalse();
        // change (the record's own form): renewed too
        Structure changed = directory.structureForEdit(first.viewer(), t, ids.get(2));
        directory.changeStructure(first.viewer(), t, ids.get(2), changed.getVersion(), changed.details());
        assertThat(rounds.leftFor(first.viewer(), t)).contains(1L);
        assertThat(perform(get("/directory/" + t), first).getContentAsString())
                .contains("Ma tournée : 1 fiche à vérifier");
        assertThat(workflow.openUpkeepStep(t, first.getPersonId())).isPresent();
        // archive the last one: the round is done, the step completes
        perform(
                post("/directory/" + t + "/round/archive")
                        .param("kind", "STRUCTURE")
                        .param("id", "" + ids.get(4)),
                first);
        assertThat(rounds.leftFor(first.viewer(), t)).contains(0L);
        assertThat(workflow.openUpkeepStep(t, first.getPersonId())).isEmpty();
        assertThat(rounds.page(s.carrier().viewer(), t).round()).isNotNull();

        // the other finishes with records left: the step completes, the round closes
        perform(post("/directory/" + t + "/round/finish"), second);
        assertThat(workflow.openUpkeepStep(t, second.getPersonId())).isEmpty();
        assertThat(rounds.page(s.carrier().viewer(), t).round()).isNull();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(upkeepOf(t).getId())
                        .activityIdIn(ProcessConstants.EVENT_NEXT_ROUND_DUE)
                        .count())
                .isOne();
    }

    @Test
    void aCorrespondentWithAnUpkeepStepStillGetsTheirStepsAndDashboard() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long t = s.territoryId();
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        structures(s, 2);
        clock.advance(Duration.ofDays(400));
        appoint(s, practitioner);
        openRound(t);
        String step = workflow.openUpkeepStep(t, practitioner.getPersonId()).orElseThrow();

        MockHttpServletResponse tasks = perform(get("/tasks"), practitioner);
        assertThat(tasks.getStatus()).isEqualTo(200);
        assertThat(tasks.getContentAsString()).doesNotContain(step).doesNotContain("Faire ma tournée");
        MockHttpServletResponse dashboard = perform(get("/"), practitioner);
        assertThat(dashboard.getStatus()).isEqualTo(200);
        assertThat(dashboard.getContentAsString()).doesNotContain(step);
        // the carrier's lists too (they see every step of the experimentation)
        assertThat(perform(get("/tasks"), s.carrier()).getStatus()).isEqualTo(200);
        assertThat(perform(get("/"), s.carrier()).getStatus()).isEqualTo(200);
        // the step is no experimentation step: its address is unknown there, never a 500
        assertThat(perform(get("/tasks/" + step), practitioner).getStatus()).isEqualTo(404);
        assertThat(perform(post("/tasks/" + step + "/claim"), practitioner).getStatus())
                .isIn(403, 404);
        assertThat(workflow.openUpkeepStep(t, practitioner.getPersonId())).contains(step);
    }

    @Test
    void onlyAPractitionerOnTheTerritoryIsAppointedAndBadChoicesAreSaidInThePage() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long t = s.territoryId();
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal elsewhere =
                data.memberOfCollege(data.runningExperimentation().experimentationId(), College.PRACTITIONERS);
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);

        String page =
                perform(get("/directory/" + t + "/correspondents"), s.carrier()).getContentAsString();
        assertThat(page)
                .contains("Personne " + practitioner.getUsername() + "<")
                .doesNotContain("Personne " + lived.getUsername() + "<");

        for (String bad :
                List.of(String.valueOf(lived.getPersonId()), String.valueOf(elsewhere.getPersonId()), "abc", "")) {
            MockHttpServletResponse r =
                    perform(post("/directory/" + t + "/correspondents").param("personId", bad), s.carrier());
            assertThat(r.getStatus()).as(bad).isEqualTo(200);
            assertThat(r.getContentAsString())
                    .as(bad)
                    .containsAnyOf("ne peut pas être nommée", "Choisissez une personne");
        }
        assertThat(directory.mayEdit(lived.viewer(), t)).isFalse();
        assertThat(upkeepOf(t)).isNull();

        appoint(s, practitioner);
        assertThat(upkeepOf(t)).isNotNull();
        // a member sees the correspondents, without the appointing form; only carriers end a role
        String seen = perform(get("/directory/" + t + "/correspondents"), lived).getContentAsString();
        assertThat(seen).doesNotContain("name=\"personId\"");
        assertThat(perform(post("/directory/" + t + "/correspondents/" + practitioner.getPersonId() + "/end"), lived)
                        .getStatus())
                .isEqualTo(403);
        perform(post("/directory/" + t + "/correspondents/" + practitioner.getPersonId() + "/end"), s.carrier());
        assertThat(directory.mayEdit(practitioner.viewer(), t)).isFalse();
        assertThat(perform(get("/directory/" + t + "/round"), practitioner).getStatus())
                .isEqualTo(403);
    }
}
