package coop.faireavec.process;

/** The phase 2 BPMN file: see {@link PhaseProcessTestBase} for the paths walked. */
class Phase2ActionLeadsProcessTest extends PhaseProcessTestBase {

    @Override
    String processKey() {
        return ProcessConstants.PHASE_2_PROCESS;
    }
}
