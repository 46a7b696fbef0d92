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

    /** Fires the timer of every experiment at that activity (one per lead), as a cycle's end would. */
    private static void fireEveryTimer(ProcessInstance pi, String activityId) {
        List<org.camunda.bpm.engine.runtime.Job> jobs =
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .activityId(activityId)
                        .list();
        Assertions.assertThat(jobs).hasSize(2);
        jobs.forEach(j -> org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                .executeJob(j.getId()));
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
    void theTimerAsksForObservationsOnlyWhenNoneCameInDuringTheCycle() {
        support.selectedLeads = List.of(7L, 8L);
        ProcessInstance pi = start(ProcessConstants.PHASE_3_PROCESS);
        taskService().complete(taskForLead(pi, "PlanExperiment", 7).getId());
        taskService().complete(taskForLead(pi, "PlanExperiment", 8).getId());
        // cycle 1: lead 7's team recorded an observation on its own, lead 8's did not
        support.observedLeads.add(7L);
        fireEveryTimer(pi, "ObservationTime");
        Assertions.assertThat(openTasks(pi, "RecordObservations")).hasSize(1);
        taskForLead(pi, "RecordObservations", 8);
        Assertions.assertThat(support.calls).contains("observedSince:7:P14D", "observedSince:8:P14D");
        // cycle 2: nothing came in for either: both are asked (the timer keeps cycling)
        support.observedLeads.clear();
        fireEveryTimer(pi, "ObservationTime");
        Assertions.assertThat(openTasks(pi, "RecordObservations")).hasSize(3);
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
