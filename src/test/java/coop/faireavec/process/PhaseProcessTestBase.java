package coop.faireavec.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import org.assertj.core.api.Assertions;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of one phase file: carrier closes the phase, committee approves (phase ends) or requests changes
 * (back to the carrier, any number of times). Subclasses name the file.
 */
abstract class PhaseProcessTestBase {

    @RegisterExtension
    ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final long EXPERIMENTATION = 42L;
    private String deploymentId;

    abstract String processKey();

    @BeforeEach
    void deploy() {
        ProcessEngine pe = engine.getProcessEngine();
        init(pe);
        deploymentId = pe.getRepositoryService().createDeployment()
                .addInputStream(processKey() + ".bpmn", ProcessFiles.open(processKey() + ".bpmn")).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        engine.getProcessEngine().getRepositoryService().deleteDeployment(deploymentId, true);
    }

    private ProcessInstance startPhase() {
        return runtimeService().startProcessInstanceByKey(processKey(), String.valueOf(EXPERIMENTATION),
                Map.of(ProcessConstants.VAR_EXPERIMENTATION_ID, EXPERIMENTATION));
    }

    @Test
    void theCarrierClosesThePhaseAndTheCommitteeApprovesIt() {
        ProcessInstance pi = startPhase();
        assertThat(pi).isWaitingAt(ProcessConstants.TASK_CLOSE_PHASE);
        Task close = task(pi);
        assertThat(close).hasCandidateGroup("exp-42-carrier").hasFormKey(ProcessConstants.FORM_CLOSE_PHASE);
        complete(close);

        assertThat(pi).isWaitingAt(ProcessConstants.TASK_COMMITTEE_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("exp-42-committee").hasFormKey(ProcessConstants.FORM_COMMITTEE_REVIEW);
        complete(task(pi), withVariables(ProcessConstants.VAR_REVIEW_APPROVED, true));

        assertThat(pi).isEnded().hasPassedInOrder("PhaseStarted", "CloseThePhase", "CommitteeReview",
                "ReviewDecision", "PhaseApproved");
    }

    @Test
    void aRequestForChangesSendsThePhaseBackToTheCarrierUntilApproved() {
        ProcessInstance pi = startPhase();
        complete(task(pi));
        complete(task(pi), withVariables(ProcessConstants.VAR_REVIEW_APPROVED, false));
        assertThat(pi).isWaitingAt(ProcessConstants.TASK_CLOSE_PHASE);
        assertThat(task(pi)).hasCandidateGroup("exp-42-carrier");

        complete(task(pi));
        complete(task(pi), withVariables(ProcessConstants.VAR_REVIEW_APPROVED, false));
        complete(task(pi));
        complete(task(pi), withVariables(ProcessConstants.VAR_REVIEW_APPROVED, true));

        assertThat(pi).isEnded();
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(ProcessConstants.TASK_COMMITTEE_REVIEW).count()).isEqualTo(3);
    }

    @Test
    void theProcessHoldsIdsOnlyAndHasAHistoryTimeToLive() {
        ProcessInstance pi = startPhase();
        Assertions.assertThat(runtimeService().getVariables(pi.getId()).keySet())
                .containsOnly(ProcessConstants.VAR_EXPERIMENTATION_ID);
        Assertions.assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey())
                .singleResult().getHistoryTimeToLive()).isPositive();
    }
}
