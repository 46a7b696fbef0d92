package coop.faireavec.process;

/** The phase 4 BPMN file: see {@link PhaseProcessTestBase} for the paths walked. */
class Phase4ConsolidationProcessTest extends PhaseProcessTestBase {

    @Override
    String processKey() {
        return ProcessConstants.PHASE_4_PROCESS;
    }
}
