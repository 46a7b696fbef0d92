package coop.faireavec.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link WorkflowEngine#extendStep}: a step shared by every member gets more time, and the reminders attached to it
 * move with its due date; timers attached to another activity stay where they were.
 */
class WorkflowEngineExtendStepTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension =
            ProcessEngineCoverageExtension.builder().build();

    private ProcessEngine engine;
    private WorkflowEngine workflow;
    private String deploymentId;

    private static final Instant DUE = Instant.parse("2027-03-01T22:59:59Z");

    @BeforeEach
    void deploy() {
        engine = extension.getProcessEngine();
        workflow = WorkflowEngineOnTestEngine.of(engine);
        BpmnModelInstance model = Bpmn.createExecutableProcess("extend-test")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("fork")
                .userTask("Vote")
                .camundaDueDate("${due}")
                .boundaryEvent("VoteReminder")
                .cancelActivity(false)
                .timerWithDate("2027-02-22T22:59:59Z")
                .endEvent()
                .moveToActivity("Vote")
                .endEvent()
                .moveToNode("fork")
                .userTask("Other")
                .boundaryEvent("OtherReminder")
                .cancelActivity(false)
                .timerWithDate("2027-02-22T22:59:59Z")
                .endEvent()
                .moveToActivity("Other")
                .endEvent()
                .done();
        deploymentId = WorkflowEngineOnTestEngine.deploy(engine, "extend-test.bpmn", model);
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void extendingAStepMovesItsDueDateAndItsOwnRemindersByTheSameAmount() {
        String pi = engine.getRuntimeService()
                .startProcessInstanceByKey("extend-test", Map.of("due", Date.from(DUE)))
                .getId();
        Task vote = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey("Vote")
                .singleResult();
        Instant until = DUE.plus(10, ChronoUnit.DAYS);

        workflow.extendStep(vote.getId(), until);

        Task after =
                engine.getTaskService().createTaskQuery().taskId(vote.getId()).singleResult();
        assertThat(after.getDueDate().toInstant()).isEqualTo(until);
        List<Job> timers = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .list();
        assertThat(timers).hasSize(2);
        Instant reminder = Instant.parse("2027-02-22T22:59:59Z");
        for (Job job : timers) {
            String activity = engine.getManagementService()
                    .createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId())
                    .singleResult()
                    .getActivityId();
            Instant expected = "VoteReminder".equals(activity) ? reminder.plus(Duration.ofDays(10)) : reminder;
            assertThat(job.getDuedate().toInstant()).as(activity).isEqualTo(expected);
        }
    }

    @Test
    void aStepWithoutDueDateOnlyGetsOne() {
        String pi = engine.getRuntimeService()
                .startProcessInstanceByKey("extend-test", Map.of("due", Date.from(DUE)))
                .getId();
        Task other = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey("Other")
                .singleResult();

        workflow.extendStep(other.getId(), DUE);

        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(other.getId())
                        .singleResult()
                        .getDueDate()
                        .toInstant())
                .isEqualTo(DUE);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi)
                        .timers()
                        .list())
                .allSatisfy(job ->
                        assertThat(job.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-02-22T22:59:59Z")));
    }
}
