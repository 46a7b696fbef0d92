package coop.faireavec.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import org.assertj.core.api.Assertions;

import java.util.Map;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** experimentation.bpmn with the four real phase files: the phases run in order and the end closes it. */
class ExperimentationProcessTest {

    @RegisterExtension
    ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final PhaseListenerRecorder listener = new PhaseListenerRecorder();
    private String deploymentId;

    @BeforeEach
    void deploy() {
        init(engine.getProcessEngine());
        Mocks.register("phaseListener", listener);
        DeploymentBuilder builder = repositoryService().createDeployment();
        for (String key : new String[] {ProcessConstants.EXPERIMENTATION_PROCESS, ProcessConstants.PHASE_1_PROCESS,
                ProcessConstants.PHASE_2_PROCESS, ProcessConstants.PHASE_3_PROCESS, ProcessConstants.PHASE_4_PROCESS}) {
            builder.addInputStream(key + ".bpmn", ProcessFiles.open(key + ".bpmn"));
        }
        deploymentId = builder.deploy().getId();
    }

    @AfterEach
    void undeploy() {
        Mocks.reset();
        repositoryService().deleteDeployment(deploymentId, true);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ProcessConstants.EXPERIMENTATION_PROCESS, "7",
                Map.of(ProcessConstants.VAR_EXPERIMENTATION_ID, 7L));
    }

    /** Completes the current phase: the carrier closes it, the committee decides. */
    private void finishPhase(ProcessInstance main, boolean approved) {
        ProcessInstance phase = calledProcessInstance(main);
        assertThat(phase).hasBusinessKey("7");
        complete(task(ProcessConstants.TASK_CLOSE_PHASE, phase));
        complete(task(ProcessConstants.TASK_COMMITTEE_REVIEW, phase),
                withVariables(ProcessConstants.VAR_REVIEW_APPROVED, approved));
    }

    @Test
    void theFourPhasesRunInOrderAndTheExperimentationCloses() {
        ProcessInstance main = start();
        assertThat(main).isWaitingAt("Phase1SharedDiagnosis");
        assertThat(main).calledProcessInstance(ProcessConstants.PHASE_1_PROCESS).isNotNull();

        finishPhase(main, true);
        assertThat(main).isWaitingAt("Phase2ActionLeads");
        assertThat(main).calledProcessInstance(ProcessConstants.PHASE_2_PROCESS).isNotNull();
        finishPhase(main, true);
        assertThat(main).isWaitingAt("Phase3Experimenting");
        finishPhase(main, true);
        assertThat(main).isWaitingAt("Phase4Consolidation");
        finishPhase(main, true);

        assertThat(main).isEnded().hasPassedInOrder("ExperimentationStarted", "Phase1SharedDiagnosis",
                "Phase2ActionLeads", "Phase3Experimenting", "Phase4Consolidation", "ExperimentationClosed");
        Assertions.assertThat(listener.calls).containsExactly("SHARED_DIAGNOSIS:7", "ACTION_LEADS:7", "EXPERIMENTING:7",
                "CONSOLIDATION:7", "CLOSED:7");
    }

    @Test
    void aPhaseSentBackByTheCommitteeKeepsTheExperimentationInThatPhase() {
        ProcessInstance main = start();
        finishPhase(main, false);
        assertThat(main).isWaitingAt("Phase1SharedDiagnosis");
        assertThat(calledProcessInstance(main)).isWaitingAt(ProcessConstants.TASK_CLOSE_PHASE);
        Assertions.assertThat(listener.calls).containsExactly("SHARED_DIAGNOSIS:7");

        finishPhase(main, true);
        assertThat(main).isWaitingAt("Phase2ActionLeads");
        Assertions.assertThat(listener.calls).containsExactly("SHARED_DIAGNOSIS:7", "ACTION_LEADS:7");
    }
}
