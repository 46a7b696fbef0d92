package coop.faireavec.process;

/** The phase 1 BPMN file: see {@link PhaseProcessTestBase} for the paths walked. */
class Phase1SharedDiagnosisProcessTest extends PhaseProcessTestBase {

    @Override
    String processKey() {
        return ProcessConstants.PHASE_1_PROCESS;
    }
}
