package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.decision.Grade;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import coop.faireavec.vote.VoteService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two people doing the same thing at the same moment, on a real PostgreSQL (issue #15, point 1): two requests are
 * released together by a barrier, through the web layer. Exactly one wins; the other gets the 409 page saying who did
 * it and when ("Déjà fait par … le … à …"), never a 500; what the winner did is stored once, with its side effects
 * (the next step's notifications) once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext
class ConcurrentCompletionPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("concurrent_completion_test");

    static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    StepService steps;

    @Autowired
    VoteService votes;

    /** The answers of two calls started at the same instant, in the order given. */
    private <T> List<T> together(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : List.of(first, second)) {
            futures.add(POOL.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private Callable<MockHttpServletResponse> sending(MockHttpServletRequestBuilder request) {
        return () -> mvc.perform(request).andReturn().getResponse();
    }

    private String nameOf(AccountPrincipal who) {
        return jdbc.queryForObject("select display_name from app.person where id = ?", String.class, who.getPersonId());
    }

    /**
     * One of the two answers is the redirect of success, the other the 409 page naming the winner and linking to the
     * current state; returns the index of the winner.
     */
    private int oneWinsTheOtherIsToldWhoDidIt(
            List<MockHttpServletResponse> answers, List<AccountPrincipal> who, String currentState) throws Exception {
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
        int winner = answers.get(0).getStatus() == 302 ? 0 : 1;
        String page = answers.get(1 - winner).getContentAsString();
        assertThat(page)
                .contains("Déjà fait par " + nameOf(who.get(winner)) + " le ")
                .contains(currentState)
                .doesNotContain("Exception");
        return winner;
    }

    /** Completes the carrier's open steps of that experimentation, in order, until one at that task key is open. */
    private StepView walkTo(TestData.Scenario s, String taskKey) {
        for (int i = 0; i < 20; i++) {
            List<StepView> there = workflow.openStepsOf(s.experimentationId(), taskKey);
            if (!there.isEmpty()) {
                return there.get(0);
            }
            StepView next = steps.mySteps(s.carrier().viewer()).stream()
                    .filter(v -> v.experimentationId() == s.experimentationId())
                    .findFirst()
                    .orElseThrow();
            data.completeStep(s.carrier(), next, null);
        }
        throw new AssertionError("never reached " + taskKey);
    }

    private int contributionsOf(String taskId) {
        return jdbc.queryForObject(
                "select count(*) from app.contribution where task_id = ? and withdrawn_at is null",
                Integer.class,
                taskId);
    }

    @Test
    void twoMembersOfACollegeCompleteTheirCollegesStepAtOnceAndOneIsToldTheOtherDidIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal first = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        AccountPrincipal second = data.member(exp, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        walkTo(s, "PeerSessions");
        String stepId = new WebScenario(mvc).stepId(first, "PeerSessions");

        List<MockHttpServletResponse> answers = together(
                sending(post("/tasks/{t}", stepId)
                        .with(user(first))
                        .with(csrf())
                        .param("body", "Ce que dit A.")),
                sending(post("/tasks/{t}", stepId)
                        .with(user(second))
                        .with(csrf())
                        .param("body", "Ce que dit B.")));

        oneWinsTheOtherIsToldWhoDidIt(answers, List.of(first, second), "/tasks/done/" + stepId);
        assertThat(contributionsOf(stepId)).isEqualTo(1);
    }

    @Test
    void twoCarriersCompleteTheSameStepAtOnceAndTheNextStepIsAnnouncedOnce() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal other = data.member(exp, null, ExperimentationRole.CARRIER);
        String stepId = walkTo(s, ProcessConstants.TASK_DRAFT_SYNTHESIS).id();
        List<AccountPrincipal> carriers = List.of(s.carrier(), other);

        // both take the step at once: one holds it, the other is told someone else does (never a 500)
        List<MockHttpServletResponse> taken = together(
                sending(post("/tasks/{t}/claim", stepId).with(user(s.carrier())).with(csrf())),
                sending(post("/tasks/{t}/claim", stepId).with(user(other)).with(csrf())));
        assertThat(taken).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
        AccountPrincipal holder = carriers.get(taken.get(0).getStatus() == 302 ? 0 : 1);
        mvc.perform(post("/tasks/{t}/unclaim", stepId).with(user(holder)).with(csrf()));

        List<MockHttpServletResponse> answers = together(
                sending(post("/tasks/{t}", stepId)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("body", "Synthèse A.")),
                sending(post("/tasks/{t}", stepId)
                        .with(user(other))
                        .with(csrf())
                        .param("body", "Synthèse B.")));

        oneWinsTheOtherIsToldWhoDidIt(answers, List.of(s.carrier(), other), "/tasks/done/" + stepId);
        assertThat(contributionsOf(stepId)).isEqualTo(1);
        List<StepView> validation = workflow.openStepsOf(exp, "CollectiveValidation");
        assertThat(validation).hasSize(1);
        List<Integer> perPerson = jdbc.queryForList(
                "select count(*) from app.notification where link like ? group by person_id",
                Integer.class,
                "%" + validation.get(0).id());
        assertThat(perPerson).isNotEmpty().containsOnly(1);
    }

    @Test
    void aMemberAnsweringTwiceAtOnceCountsOnceAndTwoCarriersClosingAtOnceCloseOnce() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal other = data.member(exp, null, ExperimentationRole.CARRIER);
        AccountPrincipal member = data.memberOfCollege(exp, College.PRACTITIONERS);
        String stepId = walkTo(s, "CollectiveValidation").id();

        List<MockHttpServletResponse> sent = together(
                sending(post("/tasks/{t}", stepId)
                        .with(user(member))
                        .with(csrf())
                        .param("decision", "AGREE")
                        .param("body", "D'accord.")),
                sending(post("/tasks/{t}", stepId)
                        .with(user(member))
                        .with(csrf())
                        .param("decision", "AGREE")
                        .param("body", "D'accord.")));
        // a member's answer sent again replaces the first: both are accepted, one answer counts
        assertThat(sent).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.contribution where task_id = ? and author_id = ?"
                                + " and withdrawn_at is null",
                        Integer.class,
                        stepId,
                        member.getPersonId()))
                .isEqualTo(1);

        List<MockHttpServletResponse> closed = together(
                sending(post("/tasks/{t}/close", stepId)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("reason", "Fin A.")),
                sending(post("/tasks/{t}/close", stepId)
                        .with(user(other))
                        .with(csrf())
                        .param("reason", "Fin B.")));

        oneWinsTheOtherIsToldWhoDidIt(closed, List.of(s.carrier(), other), "/tasks/done/" + stepId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.collective_validation where task_id = ? and closed_at is not null",
                        Integer.class,
                        stepId))
                .isEqualTo(1);
    }

    @Test
    void twoMembersOfACollegeValidateTheSameMinutesAtOnceAndTheStepCompletesOnce() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        WebScenario web = new WebScenario(mvc);
        AccountPrincipal first = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        AccountPrincipal second = data.member(exp, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        AccountPrincipal practitioner = data.memberOfCollege(exp, College.PRACTITIONERS);
        AccountPrincipal decider = data.memberOfCollege(exp, College.DECISION_MAKERS);
        String stepId = web.stepId(s.carrier(), "KickOffMeeting");
        long meetingId = web.planMeeting(
                s.carrier(),
                exp,
                "Lancement",
                "PLENARY",
                stepId,
                java.time.LocalDate.now().minusDays(1).toString());
        String base = "/experimentations/" + exp + "/meetings/" + meetingId;
        List<String> attendance = new ArrayList<>();
        for (AccountPrincipal p : List.of(first, second, practitioner, decider)) {
            attendance.add("present");
            attendance.add(String.valueOf(p.getPersonId()));
        }
        web.send(s.carrier(), base + "/attendance", attendance.toArray(String[]::new));
        web.send(s.carrier(), base + "/minutes", "body", "Compte rendu du lancement.", "submit", "true");
        web.send(practitioner, base + "/minutes/validation", "approved", "true");
        web.send(decider, base + "/minutes/validation", "approved", "true");

        List<MockHttpServletResponse> answers = together(
                sending(post(base + "/minutes/validation")
                        .with(user(first))
                        .with(csrf())
                        .param("approved", "true")),
                sending(post(base + "/minutes/validation")
                        .with(user(second))
                        .with(csrf())
                        .param("approved", "true")));

        oneWinsTheOtherIsToldWhoDidIt(answers, List.of(first, second), base);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.minutes_validation v join app.meeting_minutes m on m.id = v.minutes_id"
                                + " where m.meeting_id = ? and v.college = 'LIVED_EXPERIENCE' and v.approved",
                        Integer.class,
                        meetingId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select frozen_at is not null from app.meeting_minutes where meeting_id = ?"
                                + " order by version_no desc limit 1",
                        Boolean.class,
                        meetingId))
                .isTrue();
    }

    @Test
    void theSameBallotSentTwiceAtOnceIsStoredOnce() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal author = data.memberOfCollege(exp, College.PRACTITIONERS);
        jdbc.update(
                "insert into app.action_lead (experimentation_id, title, proposed_by_id, selected, created_at)"
                        + " values (?, 'Accueil sans rendez-vous', ?, false, ?)",
                exp,
                author.getPersonId(),
                Timestamp.from(Instant.now()));
        long lead = jdbc.queryForObject(
                "select max(id) from app.action_lead where experimentation_id = ?", Long.class, exp);
        String taskId = "race-vote-" + exp;
        long round = votes.open(exp, "ACTION_LEADS", taskId);
        // several voters, each sending their ballot twice at once: a race the database would otherwise lose now and
        // then (two rows for one voter refused by the unique constraint, a 409 for a ballot that counts)
        for (int i = 0; i < 6; i++) {
            long voter = data.member(exp, College.PRACTITIONERS, ExperimentationRole.PARTICIPANT)
                    .getPersonId();
            Callable<Boolean> cast = () -> {
                votes.cast(taskId, voter, voter, null, null, Map.of(lead, Grade.ESSENTIAL));
                return true;
            };

            assertThat(together(cast, cast)).containsOnly(true);
            assertThat(jdbc.queryForObject(
                            "select count(*) from app.vote_ballot where round_id = ? and voter_id = ?",
                            Integer.class,
                            round,
                            voter))
                    .isEqualTo(1);
        }
    }
}
