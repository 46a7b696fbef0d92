package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.checkHistoryTimeToLive;
import static coop.faireavec.process.ProcessTestSupport.closeSharedValidation;
import static coop.faireavec.process.ProcessTestSupport.completeEachCollege;
import static coop.faireavec.process.ProcessTestSupport.completeOne;
import static coop.faireavec.process.ProcessTestSupport.fireTimer;
import static coop.faireavec.process.ProcessTestSupport.openTasks;
import static coop.faireavec.process.ProcessTestSupport.reviewWithOneRoundOfChanges;
import static coop.faireavec.process.ProcessTestSupport.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/phase-1-shared-diagnosis.bpmn: every path, every timer; coverage report under target/. */
@Deployment(resources = "processes/phase-1-shared-diagnosis.bpmn")
class Phase1SharedDiagnosisProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.95)
            .build();

    /** Stand-ins for the beans the BPMN calls, registered around each test. */
    @RegisterExtension
    final ProcessTestSupport support = new ProcessTestSupport();

    @Test
    void fromKickOffToApprovalThroughPeerSessionsCrossedDiscussionAndValidation() {
        ProcessInstance pi = start(ProcessConstants.PHASE_1_PROCESS);
        assertThat(pi).isWaitingAt("KickOffMeeting");
        assertThat(task(pi)).hasCandidateGroup("exp-42-carrier").hasFormKey("meeting-record");
        completeOne(pi, "KickOffMeeting");
        completeEachCollege(pi, "PeerSessions", Set.of());
        completeOne(pi, "CrossedDiscussion");
        completeOne(pi, "DraftSynthesis");
        closeSharedValidation(pi, "CollectiveValidation", true);
        assertThat(pi).isWaitingAt("WritePhaseReport");
        completeOne(pi, "WritePhaseReport");
        completeOne(pi, "CommitteeReview", withVariables(ProcessConstants.VAR_REVIEW_APPROVED, true));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        "KickOffMeeting",
                        "PeerSessions",
                        "CrossedDiscussion",
                        "DraftSynthesis",
                        "CollectiveValidation",
                        "WritePhaseReport",
                        "CommitteeReview",
                        "PhaseApproved");
        checkHistoryTimeToLive(ProcessConstants.PHASE_1_PROCESS);
    }

    @Test
    void oneCollegeDisagreeingSendsTheSynthesisBackAndTheCommitteeCanAskForMore() {
        ProcessInstance pi = start(ProcessConstants.PHASE_1_PROCESS);
        completeOne(pi, "KickOffMeeting");
        completeEachCollege(pi, "PeerSessions", Set.of());
        completeOne(pi, "CrossedDiscussion");
        completeOne(pi, "DraftSynthesis");
        closeSharedValidation(pi, "CollectiveValidation", false);
        assertThat(pi).isWaitingAt("DraftSynthesis");
        completeOne(pi, "DraftSynthesis");
        // the flag is reset for the new round: all agree now
        closeSharedValidation(pi, "CollectiveValidation", true);
        // each round opens the validation afresh (its rules frozen then)
        Assertions.assertThat(support.openedValidations)
                .hasSize(2)
                .allMatch(o -> o.startsWith("phase-1-shared-diagnosis:"));
        reviewWithOneRoundOfChanges(pi);
    }

    @Test
    void lateStepsGetAReminderThenTheCarrierIsToldAndTheStepsStayOpen() {
        ProcessInstance pi = start(ProcessConstants.PHASE_1_PROCESS);
        completeOne(pi, "KickOffMeeting");
        fireTimer(pi, "PeerSessionsReminderDue");
        fireTimer(pi, "PeerSessionsWellOverdue");
        Assertions.assertThat(openTasks(pi, "PeerSessions")).hasSize(3);
        completeEachCollege(pi, "PeerSessions", Set.of());
        completeOne(pi, "CrossedDiscussion");
        completeOne(pi, "DraftSynthesis");
        fireTimer(pi, "CollectiveValidationReminderDue");
        fireTimer(pi, "CollectiveValidationWellOverdue");
        // past its due date the validation stays one open step: only the carrier's close (or extension) moves it
        Assertions.assertThat(openTasks(pi, "CollectiveValidation")).hasSize(1);
        closeSharedValidation(pi, "CollectiveValidation", true);
        Assertions.assertThat(support.calls)
                .containsExactly(
                        "remind:PeerSessions",
                        "escalate:PeerSessions",
                        "remind:CollectiveValidation",
                        "escalate:CollectiveValidation");
        assertThat(pi).isWaitingAt("WritePhaseReport");
    }

    /**
     * A finished step of an instance started without its business key still names its experimentation (from the
     * variable every phase gets), so that its members can open it instead of a "not found" page.
     */
    @Test
    void aFinishedStepOfAnInstanceWithoutBusinessKeyStillNamesItsExperimentation() {
        ProcessInstance pi = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
                .startProcessInstanceByKey(ProcessConstants.PHASE_1_PROCESS, ProcessTestSupport.phaseVariables());
        String kickOff = task(pi).getId();
        completeOne(pi, "KickOffMeeting");
        var engine = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine();
        WorkflowEngine workflow = new WorkflowEngine(
                engine.getRuntimeService(),
                engine.getTaskService(),
                engine.getHistoryService(),
                engine.getRepositoryService(),
                engine.getManagementService());
        Assertions.assertThat(workflow.finishedStep(kickOff))
                .hasValueSatisfying(f ->
                        Assertions.assertThat(f.experimentationId()).isEqualTo(ProcessTestSupport.EXPERIMENTATION));
    }
}
