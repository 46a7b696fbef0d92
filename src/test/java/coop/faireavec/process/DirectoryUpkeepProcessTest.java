package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.checkHistoryTimeToLive;
import static coop.faireavec.process.ProcessTestSupport.openTasks;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import coop.faireavec.directory.RecordRef;
import coop.faireavec.directory.RoundShares;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/directory-upkeep.bpmn: one instance per territory; each round gives each correspondent with records one
 * step (shared out fairly), the next round opens when its timer fires, the instance ends with no correspondent left.
 */
@Deployment(resources = "processes/directory-upkeep.bpmn")
class DirectoryUpkeepProcessTest {

    private static final long TERRITORY = 5L;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.95)
            .build();

    private final UpkeepStandIn upkeep = new UpkeepStandIn();

    @BeforeEach
    void register() {
        Mocks.register(ProcessConstants.BEAN_UPKEEP, upkeep);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T08:00:00Z")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private static ProcessInstance start() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        ProcessConstants.UPKEEP_PROCESS, Map.of(ProcessConstants.VAR_TERRITORY_ID, TERRITORY));
        openRound(pi);
        return pi;
    }

    /** A round opens in a job of its own, after the transaction that started the instance or fired the timer. */
    private static void openRound(ProcessInstance pi) {
        Job job = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("OpenRound")
                .singleResult();
        Assertions.assertThat(job).as("the round opens in a job").isNotNull();
        managementService().executeJob(job.getId());
    }

    private static long correspondentOf(Task task) {
        return ((Number) taskService().getVariable(task.getId(), ProcessConstants.VAR_CORRESPONDENT_ID)).longValue();
    }

    /** Moves the engine's clock past the timer at that activity, then runs its job as the job executor would. */
    private static void fireWhenDue(ProcessInstance pi, String activityId) {
        Job job = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .singleResult();
        Assertions.assertThat(job).as("timer at %s", activityId).isNotNull();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .jobId(job.getId())
                        .executable()
                        .count())
                .as("not due before its date")
                .isZero();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .jobId(job.getId())
                        .executable()
                        .count())
                .isOne();
        managementService().executeJob(job.getId());
    }

    @Test
    void eachRoundGivesEachCorrespondentOneStepWithAFairShareAndTheTimerOpensTheNext() {
        upkeep.stale = records(7);
        upkeep.correspondents = List.of(11L, 12L, 13L);
        ProcessInstance pi = start();

        List<Task> steps = openTasks(pi, ProcessConstants.TASK_WALK_ROUND);
        Assertions.assertThat(steps).hasSize(3);
        for (Task step : steps) {
            long person = correspondentOf(step);
            assertThat(step).hasCandidateGroup(ProcessConstants.upkeepGroup(TERRITORY, person));
            Assertions.assertThat(step.getAssignee()).isNull();
        }
        Assertions.assertThat(upkeep.shareSizes(1)).containsExactly(3, 2, 2);
        steps.forEach(t -> taskService().complete(t.getId()));
        Assertions.assertThat(upkeep.calls).containsExactly("open:5", "close:1");
        assertThat(pi).isWaitingAt(ProcessConstants.EVENT_NEXT_ROUND_DUE);

        // a month after the first round opened, the timer opens the second one, shared among who is there then
        upkeep.correspondents = List.of(12L, 13L);
        upkeep.stale = records(5);
        fireWhenDue(pi, ProcessConstants.EVENT_NEXT_ROUND_DUE);
        openRound(pi);
        Assertions.assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(Instant.parse("2026-04-02T08:00:00Z"));
        List<Task> second = openTasks(pi, ProcessConstants.TASK_WALK_ROUND);
        Assertions.assertThat(second)
                .extracting(DirectoryUpkeepProcessTest::correspondentOf)
                .containsExactlyInAnyOrder(12L, 13L);
        Assertions.assertThat(upkeep.shareSizes(2)).containsExactly(3, 2);
        Assertions.assertThat(upkeep.calls).endsWith("open:5");
        checkHistoryTimeToLive(ProcessConstants.UPKEEP_PROCESS);
    }

    @Test
    void anUnfinishedRoundClosesWhenTheNextIsDueAndTheInstanceEndsWithoutCorrespondents() {
        upkeep.stale = records(2);
        upkeep.correspondents = List.of(11L);
        ProcessInstance pi = start();
        Assertions.assertThat(openTasks(pi, ProcessConstants.TASK_WALK_ROUND)).hasSize(1);

        fireWhenDue(pi, "RoundDue");
        Assertions.assertThat(openTasks(pi, ProcessConstants.TASK_WALK_ROUND)).isEmpty();
        Assertions.assertThat(upkeep.calls).containsExactly("open:5", "close:1");

        upkeep.correspondents = List.of();
        managementService()
                .executeJob(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .activityId(ProcessConstants.EVENT_NEXT_ROUND_DUE)
                        .singleResult()
                        .getId());
        assertThat(pi).isEnded();
    }

    @Test
    void aRoundWithNothingStaleGivesNoStepAndWaitsForTheNext() {
        upkeep.stale = List.of();
        upkeep.correspondents = List.of(11L, 12L);
        ProcessInstance pi = start();
        Assertions.assertThat(openTasks(pi, ProcessConstants.TASK_WALK_ROUND)).isEmpty();
        assertThat(pi).isWaitingAt(ProcessConstants.EVENT_NEXT_ROUND_DUE);
    }

    private static List<RecordRef> records(int n) {
        return LongStream.rangeClosed(1, n)
                .mapToObj(id -> new RecordRef(id % 2 == 0 ? RecordRef.Kind.SERVICE : RecordRef.Kind.STRUCTURE, id))
                .toList();
    }

    /** Stands in for UpkeepDelegate: rounds shared out with the product's own {@link RoundShares}. */
    public static class UpkeepStandIn {
        List<RecordRef> stale = List.of();
        List<Long> correspondents = List.of();
        final List<String> calls = new ArrayList<>();
        final Map<Long, Map<Long, List<RecordRef>>> rounds = new HashMap<>();
        final Map<Long, Instant> openedAt = new HashMap<>();

        List<Integer> shareSizes(long roundId) {
            return rounds.get(roundId).values().stream().map(List::size).toList();
        }

        public long openRound(long territoryId) {
            calls.add("open:" + territoryId);
            long id = rounds.size() + 1L;
            rounds.put(id, RoundShares.share(stale, correspondents));
            openedAt.put(id, ClockUtil.getCurrentTime().toInstant());
            return id;
        }

        public List<Long> walkers(long roundId) {
            return rounds.get(roundId).entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .map(Map.Entry::getKey)
                    .toList();
        }

        public String group(long territoryId, long personId) {
            return ProcessConstants.upkeepGroup(territoryId, personId);
        }

        public void closeRound(long roundId) {
            calls.add("close:" + roundId);
        }

        public Date nextRoundAt(long roundId) {
            return Date.from(openedAt.get(roundId).plus(Duration.ofDays(31)));
        }

        public boolean hasCorrespondents(long territoryId) {
            return !correspondents.isEmpty();
        }
    }
}
