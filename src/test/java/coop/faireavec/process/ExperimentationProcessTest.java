package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.checkHistoryTimeToLive;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/experimentation.bpmn on its own: each phase is replaced by a one-task stand-in with the same key, so
 * the test checks the main flow (order, variables handed to each phase, phase listener, closing).
 */
class ExperimentationProcessTest {

    static final List<String> PHASES = List.of(
            ProcessConstants.PHASE_1_PROCESS,
            ProcessConstants.PHASE_2_PROCESS,
            ProcessConstants.PHASE_3_PROCESS,
            ProcessConstants.PHASE_4_PROCESS);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(PHASES.toArray(String[]::new))
            .assertClassCoverageAtLeast(0.95)
            .build();

    final ProcessTestSupport support = new ProcessTestSupport();
    private String deploymentId;

    @BeforeEach
    void deploy() {
        support.register();
        DeploymentBuilder builder =
                repositoryService().createDeployment().addClasspathResource("processes/experimentation.bpmn");
        for (String key : PHASES) {
            builder.addModelInstance(
                    key + ".bpmn",
                    Bpmn.createExecutableProcess(key)
                            .camundaHistoryTimeToLive(1)
                            .startEvent()
                            .userTask("StandIn")
                            .endEvent()
                            .done());
        }
        deploymentId = builder.deploy().getId();
    }

    @AfterEach
    void undeploy() {
        Mocks.reset();
        repositoryService().deleteDeployment(deploymentId, true);
    }

    private void finishPhase(ProcessInstance main, String key) {
        ProcessInstance phase = calledProcessInstance(main);
        assertThat(phase).hasProcessDefinitionKey(key).hasBusinessKey("7");
        Map<String, Object> vars = runtimeService().getVariables(phase.getId());
        Assertions.assertThat(vars)
                .containsEntry(ProcessConstants.VAR_EXPERIMENTATION_ID, 7L)
                .containsEntry("reminderAfter", "P14D")
                .containsEntry("escalateAfter", "P28D");
        if (key.equals(ProcessConstants.PHASE_2_PROCESS)) {
            Assertions.assertThat(vars).containsEntry("callForLeadsDuration", "P30D");
        }
        if (key.equals(ProcessConstants.PHASE_3_PROCESS)) {
            Assertions.assertThat(vars).containsEntry("observationCycle", "P14D");
        }
        complete(task(phase));
    }

    @Test
    void theFourPhasesRunInOrderAndTheExperimentationCloses() {
        ProcessInstance main = runtimeService()
                .startProcessInstanceByKey(
                        ProcessConstants.EXPERIMENTATION_PROCESS,
                        "7",
                        Map.of(ProcessConstants.VAR_EXPERIMENTATION_ID, 7L));
        assertThat(main).isWaitingAt("Phase1SharedDiagnosis");
        finishPhase(main, ProcessConstants.PHASE_1_PROCESS);
        assertThat(main).isWaitingAt("Phase2ActionLeads");
        finishPhase(main, ProcessConstants.PHASE_2_PROCESS);
        assertThat(main).isWaitingAt("Phase3Experimenting");
        finishPhase(main, ProcessConstants.PHASE_3_PROCESS);
        assertThat(main).isWaitingAt("Phase4Consolidation");
        finishPhase(main, ProcessConstants.PHASE_4_PROCESS);

        assertThat(main)
                .isEnded()
                .hasPassedInOrder(
                        "ExperimentationStarted",
                        "Phase1SharedDiagnosis",
                        "Phase2ActionLeads",
                        "Phase3Experimenting",
                        "Phase4Consolidation",
                        "ExperimentationClosed");
        Assertions.assertThat(support.calls)
                .containsExactly(
                        "SHARED_DIAGNOSIS:7", "ACTION_LEADS:7", "EXPERIMENTING:7", "CONSOLIDATION:7", "CLOSED:7");
        checkHistoryTimeToLive(ProcessConstants.EXPERIMENTATION_PROCESS);
    }
}
