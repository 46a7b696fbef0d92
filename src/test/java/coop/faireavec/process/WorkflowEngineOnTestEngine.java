package coop.faireavec.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** {@link WorkflowEngine} on the test engine of {@code ProcessEngineCoverageExtension}, with a model deployed. */
final class WorkflowEngineOnTestEngine {

    private WorkflowEngineOnTestEngine() {}

    /** Our facade over this engine's services. */
    static WorkflowEngine of(ProcessEngine engine) {
        return new WorkflowEngine(
                engine.getRuntimeService(),
                engine.getTaskService(),
                engine.getHistoryService(),
                engine.getRepositoryService(),
                engine.getManagementService());
    }

    /** Deploys one model under this resource name; returns the deployment id (to delete it after the test). */
    static String deploy(ProcessEngine engine, String resourceName, BpmnModelInstance model) {
        return engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(resourceName, model)
                .deploy()
                .getId();
    }
}
