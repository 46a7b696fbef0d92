package coop.faireavec.process;

/** The phase 3 BPMN file: see {@link PhaseProcessTestBase} for the paths walked. */
class Phase3ExperimentingProcessTest extends PhaseProcessTestBase {

    @Override
    String processKey() {
        return ProcessConstants.PHASE_3_PROCESS;
    }
}
