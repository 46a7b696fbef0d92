package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.checkHistoryTimeToLive;
import static coop.faireavec.process.ProcessTestSupport.completeEachCollege;
import static coop.faireavec.process.ProcessTestSupport.completeOne;
import static coop.faireavec.process.ProcessTestSupport.fireTimer;
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

/** processes/phase-4-consolidation.bpmn: evaluations by each college, capitalisation, final meeting and review. */
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
        completeOne(pi, "FinalCrossedMeeting");
        reviewWithOneRoundOfChanges(pi);
        assertThat(pi)
                .hasPassedInOrder(
                        "CollegeEvaluations",
                        "AssembleCapitalisation",
                        "FinalCrossedMeeting",
                        "WritePhaseReport",
                        "CommitteeReview",
                        "PhaseApproved");
        Assertions.assertThat(support.calls)
                .containsExactly("remind:CollegeEvaluations", "escalate:CollegeEvaluations");
        checkHistoryTimeToLive(ProcessConstants.PHASE_4_PROCESS);
    }
}
