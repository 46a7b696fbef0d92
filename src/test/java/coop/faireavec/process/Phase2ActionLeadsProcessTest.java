package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.checkHistoryTimeToLive;
import static coop.faireavec.process.ProcessTestSupport.closeSharedValidation;
import static coop.faireavec.process.ProcessTestSupport.completeOne;
import static coop.faireavec.process.ProcessTestSupport.fireTimer;
import static coop.faireavec.process.ProcessTestSupport.openTasks;
import static coop.faireavec.process.ProcessTestSupport.reviewWithOneRoundOfChanges;
import static coop.faireavec.process.ProcessTestSupport.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/phase-2-action-leads.bpmn: the call closed early or by its timer, votes, plan, validation, review. */
@Deployment(resources = "processes/phase-2-action-leads.bpmn")
class Phase2ActionLeadsProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.95)
            .build();

    /** Stand-ins for the beans the BPMN calls, registered around each test. */
    @RegisterExtension
    final ProcessTestSupport support = new ProcessTestSupport();

    @Test
    void theCarrierClosesTheCallEarlyAndTheColleguesVoteThenValidateThePlan() {
        ProcessInstance pi = start(ProcessConstants.PHASE_2_PROCESS);
        assertThat(pi).isWaitingAt("CallForLeadsOpen");
        // the call for leads is offered to every member (the three colleges) and to the carriers, who close it
        assertThat(task(pi))
                .hasCandidateGroup("exp-42-carrier")
                .hasCandidateGroup("exp-42-LIVED_EXPERIENCE")
                .hasCandidateGroup("exp-42-PRACTITIONERS")
                .hasCandidateGroup("exp-42-DECISION_MAKERS");
        completeOne(pi, "CallForLeadsOpen");
        assertThat(pi).hasPassed("CallForLeadsOpen").hasNotPassed("CallForLeadsTimeUp");
        completeOne(pi, "CrossedDiscussionOnLeads");
        completeOne(pi, "PrioritisationVote");
        completeOne(pi, "WriteActionPlan");
        closeSharedValidation(pi, "CollectiveValidation", true);
        completeOne(pi, "WritePhaseReport");
        completeOne(pi, "CommitteeReview", withVariables(ProcessConstants.VAR_REVIEW_APPROVED, true));
        assertThat(pi).isEnded();
        checkHistoryTimeToLive(ProcessConstants.PHASE_2_PROCESS);
    }

    @Test
    void theVoteIsOneStepOfferedToEveryCollegeAndTheCarriersThatOnlyTheirCloseEnds() {
        ProcessInstance pi = start(ProcessConstants.PHASE_2_PROCESS);
        completeOne(pi, "CallForLeadsOpen");
        completeOne(pi, "CrossedDiscussionOnLeads");
        Assertions.assertThat(openTasks(pi, "PrioritisationVote")).hasSize(1);
        assertThat(task("PrioritisationVote", pi))
                .hasCandidateGroup("exp-42-LIVED_EXPERIENCE")
                .hasCandidateGroup("exp-42-PRACTITIONERS")
                .hasCandidateGroup("exp-42-DECISION_MAKERS")
                .hasCandidateGroup("exp-42-carrier")
                .hasFormKey("lead-vote");
        // the reminders do not end it: only the carrier's close does
        fireTimer(pi, "PrioritisationVoteReminderDue");
        fireTimer(pi, "PrioritisationVoteWellOverdue");
        assertThat(pi).isWaitingAt("PrioritisationVote");
        completeOne(pi, "PrioritisationVote");
        assertThat(pi).isWaitingAt("WriteActionPlan");
    }

    @Test
    void theCallClosesByItselfWhenItsTimeIsUp() {
        ProcessInstance pi = start(ProcessConstants.PHASE_2_PROCESS);
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .activityId("CallForLeadsTimeUp")
                        .singleResult()
                        .getDuedate())
                .isAfter(new java.util.Date(System.currentTimeMillis() + 29L * 24 * 3600 * 1000));
        fireTimer(pi, "CallForLeadsTimeUp");
        assertThat(pi).hasPassed("CallForLeadsTimeUp").isWaitingAt("CrossedDiscussionOnLeads");
        Assertions.assertThat(openTasks(pi, "CallForLeadsOpen")).isEmpty();
    }

    @Test
    void theCallIsDueWhenItsTimerFiresAndExtendingItMovesBoth() {
        ProcessInstance pi = start(ProcessConstants.PHASE_2_PROCESS);
        org.camunda.bpm.engine.task.Task call = task(pi);
        org.camunda.bpm.engine.runtime.Job timer = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("CallForLeadsTimeUp")
                .singleResult();
        // both come from ${callForLeadsDuration} when the call opens (the engine reads its clock twice: a few ms)
        Assertions.assertThat(call.getDueDate()).isCloseTo(timer.getDuedate(), 1000);

        WorkflowEngine workflow = new WorkflowEngine(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService(),
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService(),
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService(),
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService(),
                managementService());
        java.time.Instant until = call.getDueDate().toInstant().plus(java.time.Duration.ofDays(7));
        workflow.extendStep(call.getId(), until);

        Assertions.assertThat(task(pi).getDueDate().toInstant()).isEqualTo(until);
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .activityId("CallForLeadsTimeUp")
                        .singleResult()
                        .getDuedate())
                .isCloseTo(java.util.Date.from(until), 1000);
        // the extended call still closes by its timer
        fireTimer(pi, "CallForLeadsTimeUp");
        assertThat(pi).hasPassed("CallForLeadsTimeUp").isWaitingAt("CrossedDiscussionOnLeads");
    }

    @Test
    void aRejectedPlanGoesBackToTheCarrierAndLateVotesAreRemindedThenEscalated() {
        ProcessInstance pi = start(ProcessConstants.PHASE_2_PROCESS);
        completeOne(pi, "CallForLeadsOpen");
        completeOne(pi, "CrossedDiscussionOnLeads");
        fireTimer(pi, "PrioritisationVoteReminderDue");
        fireTimer(pi, "PrioritisationVoteWellOverdue");
        completeOne(pi, "PrioritisationVote");
        completeOne(pi, "WriteActionPlan");
        fireTimer(pi, "CollectiveValidationReminderDue");
        fireTimer(pi, "CollectiveValidationWellOverdue");
        // past its due date the validation stays one open step: only the carrier's close (or extension) moves it
        Assertions.assertThat(openTasks(pi, "CollectiveValidation")).hasSize(1);
        closeSharedValidation(pi, "CollectiveValidation", false);
        assertThat(pi).isWaitingAt("WriteActionPlan");
        completeOne(pi, "WriteActionPlan");
        closeSharedValidation(pi, "CollectiveValidation", true);
        // each round opens the validation afresh (its rules frozen then)
        Assertions.assertThat(support.openedValidations)
                .hasSize(2)
                .allMatch(o -> o.startsWith("phase-2-action-leads:"));
        reviewWithOneRoundOfChanges(pi);
        Assertions.assertThat(support.calls)
                .containsExactly(
                        "remind:PrioritisationVote",
                        "escalate:PrioritisationVote",
                        "remind:CollectiveValidation",
                        "escalate:CollectiveValidation");
    }
}
