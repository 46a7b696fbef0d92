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

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/phase-4-consolidation.bpmn: evaluations by each college, capitalisation validated by the members (an
 * objection sends it back), final meeting and review.
 */
@Deployment(resources = "processes/phase-4-consolidation.bpmn")
class Phase4ConsolidationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.95)
            .build();

    /** Stand-ins for the beans the BPMN calls, registered around each test. */
    @RegisterExtension
    final ProcessTestSupport support = new ProcessTestSupport();

    @Test
    void eachCollegeEvaluatesThenTheCarrierCapitalisesAndTheCommitteeApprovesTheFinalReport() {
        ProcessInstance pi = start(ProcessConstants.PHASE_4_PROCESS);
        fireTimer(pi, "CollegeEvaluationsReminderDue");
        fireTimer(pi, "CollegeEvaluationsWellOverdue");
        completeEachCollege(pi, "CollegeEvaluations", Set.of());
        completeOne(pi, "AssembleCapitalisation");
        closeSharedValidation(pi, "CollectiveValidation", true);
        completeOne(pi, "FinalCrossedMeeting");
        reviewWithOneRoundOfChanges(pi);
        assertThat(pi)
                .hasPassedInOrder(
                        "CollegeEvaluations",
                        "AssembleCapitalisation",
                        "CollectiveValidation",
                        "AllCollegesAgree",
                        "FinalCrossedMeeting",
                        "WritePhaseReport",
                        "CommitteeReview",
                        "PhaseApproved");
        Assertions.assertThat(support.calls)
                .containsExactly("remind:CollegeEvaluations", "escalate:CollegeEvaluations");
        checkHistoryTimeToLive(ProcessConstants.PHASE_4_PROCESS);
    }

    @Test
    void anObjectionSendsTheCapitalisationBackAndItIsValidatedAgainBeforeTheFinalMeeting() {
        ProcessInstance pi = start(ProcessConstants.PHASE_4_PROCESS);
        completeEachCollege(pi, "CollegeEvaluations", Set.of());
        completeOne(pi, "AssembleCapitalisation");
        closeSharedValidation(pi, "CollectiveValidation", false);
        assertThat(pi).isWaitingAt("AssembleCapitalisation");
        Assertions.assertThat(openTasks(pi, "FinalCrossedMeeting")).isEmpty();
        completeOne(pi, "AssembleCapitalisation");
        assertThat(pi).isWaitingAt("CollectiveValidation");
        closeSharedValidation(pi, "CollectiveValidation", true);
        assertThat(pi).isWaitingAt("FinalCrossedMeeting");
        Assertions.assertThat(historyOf(pi, "AssembleCapitalisation")).isEqualTo(2);
        Assertions.assertThat(historyOf(pi, "CollectiveValidation")).isEqualTo(2);
    }

    /**
     * A validation still open at its due date reminds the members, then warns the carrier, and stays open; the
     * carrier may then close it without the quorum (the service asks for their reason), and the flow goes on.
     */
    @Test
    void aLateValidationRemindsThenWarnsTheCarrierWhoClosesItWithoutTheQuorum() {
        ProcessInstance pi = start(ProcessConstants.PHASE_4_PROCESS);
        completeEachCollege(pi, "CollegeEvaluations", Set.of());
        completeOne(pi, "AssembleCapitalisation");
        fireTimer(pi, "CollectiveValidationReminderDue");
        fireTimer(pi, "CollectiveValidationWellOverdue");
        Assertions.assertThat(openTasks(pi, "CollectiveValidation")).hasSize(1);
        closeSharedValidation(pi, "CollectiveValidation", true);
        assertThat(pi).isWaitingAt("FinalCrossedMeeting");
        Assertions.assertThat(support.calls)
                .containsExactly("remind:CollectiveValidation", "escalate:CollectiveValidation");
    }

    private static long historyOf(ProcessInstance pi, String activityId) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .count();
    }
}
