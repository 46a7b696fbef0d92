package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.checkHistoryTimeToLive;
import static coop.faireavec.process.ProcessTestSupport.fireTimer;
import static coop.faireavec.process.ProcessTestSupport.openTasks;
import static coop.faireavec.process.ProcessTestSupport.reviewWithOneRoundOfChanges;
import static coop.faireavec.process.ProcessTestSupport.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/phase-3-experimenting.bpmn: one experiment per selected lead, observations, continue/adjust/stop. */
@Deployment(resources = "processes/phase-3-experimenting.bpmn")
class Phase3ExperimentingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.95)
            .build();

    /** Stand-ins for the beans the BPMN calls, registered around each test. */
    @RegisterExtension
    final ProcessTestSupport support = new ProcessTestSupport();

    private static Task taskForLead(ProcessInstance pi, String activityId, long leadId) {
        return openTasks(pi, activityId).stream()
                .filter(t ->
                        Long.valueOf(leadId).equals(taskService().getVariable(t.getId(), ProcessConstants.VAR_LEAD_ID)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + activityId + " for lead " + leadId));
    }

    private static void decide(ProcessInstance pi, long leadId, String decision) {
        taskService()
                .complete(
                        taskForLead(pi, "MidTermReview", leadId).getId(),
                        Map.of(ProcessConstants.VAR_EXPERIMENT_DECISION, decision));
    }

    @Test
    void eachSelectedLeadRunsInParallelWithItsOwnDecisions() {
        ProcessInstance pi = start(ProcessConstants.PHASE_3_PROCESS);
        Assertions.assertThat(openTasks(pi, "PlanExperiment")).hasSize(2);
        Task plan7 = taskForLead(pi, "PlanExperiment", 7);
        assertThat(plan7).hasCandidateGroup("exp-42-participant").hasCandidateGroup("exp-42-carrier");
        taskService().complete(plan7.getId());
        taskService().complete(taskForLead(pi, "PlanExperiment", 8).getId());

        // observations are asked for regularly, for each experiment, until its mid-term review
        fireTimer(pi, "ObservationTime");
        Assertions.assertThat(openTasks(pi, "RecordObservations")).hasSize(1);
        taskService().complete(openTasks(pi, "RecordObservations").get(0).getId());

        // lead 7: continue, then stop; lead 8: adjust (back to plan), then stop
        decide(pi, 7, "CONTINUE");
        decide(pi, 8, "ADJUST");
        taskService().complete(taskForLead(pi, "PlanExperiment", 8).getId());
        decide(pi, 7, "STOP");
        decide(pi, 8, "STOP");
        Assertions.assertThat(openTasks(pi, "CloseExperiment")).hasSize(2);
        taskService().complete(taskForLead(pi, "CloseExperiment", 7).getId());
        assertThat(pi).isNotWaitingAt("WritePhaseReport");
        taskService().complete(taskForLead(pi, "CloseExperiment", 8).getId());
        assertThat(pi).isWaitingAt("WritePhaseReport");
        reviewWithOneRoundOfChanges(pi);
        checkHistoryTimeToLive(ProcessConstants.PHASE_3_PROCESS);
    }

    @Test
    void anUnfinishedObservationDoesNotHoldBackAClosedExperiment() {
        support.selectedLeads = List.of(9L);
        ProcessInstance pi = start(ProcessConstants.PHASE_3_PROCESS);
        taskService().complete(taskForLead(pi, "PlanExperiment", 9).getId());
        fireTimer(pi, "ObservationTime");
        Assertions.assertThat(openTasks(pi, "RecordObservations")).hasSize(1);
        decide(pi, 9, "STOP");
        taskService().complete(taskForLead(pi, "CloseExperiment", 9).getId());
        Assertions.assertThat(openTasks(pi, "RecordObservations")).isEmpty();
        assertThat(pi).isWaitingAt("WritePhaseReport");
    }

    @Test
    void aLatePlanIsRemindedThenEscalated() {
        support.selectedLeads = List.of(9L);
        ProcessInstance pi = start(ProcessConstants.PHASE_3_PROCESS);
        fireTimer(pi, "PlanExperimentReminderDue");
        fireTimer(pi, "PlanExperimentWellOverdue");
        Assertions.assertThat(support.calls).containsExactly("remind:PlanExperiment", "escalate:PlanExperiment");
        Assertions.assertThat(openTasks(pi, "PlanExperiment")).hasSize(1);
    }

    @Test
    void withNoSelectedLeadThePhaseGoesStraightToItsReport() {
        support.selectedLeads = List.of();
        ProcessInstance pi = start(ProcessConstants.PHASE_3_PROCESS);
        assertThat(pi).isWaitingAt("WritePhaseReport");
    }
}
