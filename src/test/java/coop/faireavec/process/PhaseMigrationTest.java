package coop.faireavec.process;

import static coop.faireavec.process.ProcessTestSupport.completeOne;
import static coop.faireavec.process.ProcessTestSupport.phaseVariables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A running phase moved from the previous version of its BPMN file to the current one with Camunda's migration API
 * (see docs/processes.md): the carrier's "close the phase" step becomes "write the phase report".
 */
class PhaseMigrationTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine =
            ProcessEngineCoverageExtension.builder().build();

    final ProcessTestSupport support = new ProcessTestSupport();

    @BeforeEach
    void mocks() {
        init(engine.getProcessEngine());
        support.register();
    }

    @AfterEach
    void clean() {
        Mocks.reset();
        repositoryService()
                .createDeploymentQuery()
                .list()
                .forEach(d -> repositoryService().deleteDeployment(d.getId(), true));
    }

    private ProcessDefinition deploy(String resource) {
        String deploymentId = repositoryService()
                .createDeployment()
                .addClasspathResource(resource)
                .name(resource)
                .deploy()
                .getId();
        return repositoryService()
                .createProcessDefinitionQuery()
                .deploymentId(deploymentId)
                .singleResult();
    }

    @Test
    void aPhaseWaitingOnThePreviousVersionMovesToTheCurrentOneAndCarriesOn() {
        ProcessDefinition previous = deploy("processes-previous/phase-1-shared-diagnosis-v1.bpmn");
        ProcessInstance pi = runtimeService().startProcessInstanceById(previous.getId(), "42", phaseVariables());
        assertThat(pi).isWaitingAt("CloseThePhase");

        ProcessDefinition current = deploy("processes/phase-1-shared-diagnosis.bpmn");
        Assertions.assertThat(current.getVersion()).isEqualTo(previous.getVersion() + 1);
        // a new deployment does not touch running instances: they keep their version
        Assertions.assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(previous.getId());

        MigrationPlan plan = runtimeService()
                .createMigrationPlan(previous.getId(), current.getId())
                .mapActivities("CloseThePhase", "WritePhaseReport")
                .mapActivities("CommitteeReview", "CommitteeReview")
                .build();
        runtimeService().newMigration(plan).processInstanceIds(pi.getId()).execute();

        Assertions.assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(current.getId());
        assertThat(pi).isWaitingAt("WritePhaseReport");
        assertThat(task(pi)).hasCandidateGroup("exp-42-carrier").hasFormKey("phase-report");
        completeOne(pi, "WritePhaseReport");
        completeOne(pi, "CommitteeReview", Map.of(ProcessConstants.VAR_REVIEW_APPROVED, true));
        assertThat(pi).isEnded();
    }
}
