package coop.faireavec.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link WorkflowEngine#openStepsIncludingClaimed} (a native query since issue #14): the steps offered to the
 * person's groups, whoever took them, and the steps given to the person themselves, oldest first, each with its
 * form key from the model and its experimentation from the business key.
 */
class WorkflowEngineOpenStepsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension =
            ProcessEngineCoverageExtension.builder().build();

    private ProcessEngine engine;
    private WorkflowEngine workflow;
    private String deploymentId;
    private java.time.Instant clock = java.time.Instant.parse("2027-01-04T09:00:00Z");

    @BeforeEach
    void deploy() {
        engine = extension.getProcessEngine();
        workflow = WorkflowEngineOnTestEngine.of(engine);
        BpmnModelInstance model = Bpmn.createExecutableProcess("open-steps-test")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Share")
                .camundaCandidateGroups("${group}")
                .camundaFormKey("peer-session")
                .endEvent()
                .done();
        deploymentId = WorkflowEngineOnTestEngine.deploy(engine, "open-steps-test.bpmn", model);
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void offeredToMyGroupsWhoeverTookThemAndGivenToMeOldestFirst() {
        TaskService tasks = engine.getTaskService();
        String mine = start("11", "exp-11-PRACTITIONERS");
        String claimedByAnother = start("12", "exp-12-PRACTITIONERS");
        tasks.claim(claimedByAnother, "person-9");
        String givenToMe = start("13", "exp-13-ELECTED");
        tasks.setAssignee(givenToMe, "person-1");
        String notMine = start("14", "exp-14-PRACTITIONERS");

        List<StepView> steps =
                workflow.openStepsIncludingClaimed(Set.of("exp-11-PRACTITIONERS", "exp-12-PRACTITIONERS"), "person-1");

        assertThat(steps).extracting(StepView::id).containsExactly(mine, claimedByAnother, givenToMe);
        assertThat(steps).extracting(StepView::id).doesNotContain(notMine);
        assertThat(steps).extracting(StepView::experimentationId).containsExactly(11L, 12L, 13L);
        assertThat(steps).extracting(StepView::formKey).containsOnly("peer-session");
        assertThat(steps.get(1).assignee()).isEqualTo("person-9");
        assertThat(steps.get(0).candidateGroups()).containsExactly("exp-11-PRACTITIONERS");
    }

    @Test
    void withoutAPersonOnlyTheGroupsCountAndWithoutEitherNothing() {
        String mine = start("21", "exp-21-LIVED_EXPERIENCE");
        engine.getTaskService().setAssignee(start("22", "exp-22-ELECTED"), "person-1");

        assertThat(workflow.openStepsIncludingClaimed(Set.of("exp-21-LIVED_EXPERIENCE"), null))
                .extracting(StepView::id)
                .containsExactly(mine);
        assertThat(workflow.openStepsIncludingClaimed(Set.of(), "person-1"))
                .extracting(StepView::experimentationId)
                .containsExactly(22L);
        assertThat(workflow.openStepsIncludingClaimed(Set.of(), null)).isEmpty();
    }

    /** Starts one instance for an experimentation (business key) whose step is offered to one group; its task id. */
    private String start(String experimentationId, String group) {
        // one minute apart on the engine's clock, so that "oldest first" is the order of the starts
        clock = clock.plusSeconds(60);
        ClockUtil.setCurrentTime(java.util.Date.from(clock));
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey("open-steps-test", experimentationId, java.util.Map.of("group", group))
                .getId();
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        return task.getId();
    }
}
