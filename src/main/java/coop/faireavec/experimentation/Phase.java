package coop.faireavec.experimentation;

import coop.faireavec.process.ProcessConstants;

/** The four phases of the method, each run by its own BPMN file. */
public enum Phase {
    SHARED_DIAGNOSIS(1, ProcessConstants.PHASE_1_PROCESS),
    ACTION_LEADS(2, ProcessConstants.PHASE_2_PROCESS),
    EXPERIMENTING(3, ProcessConstants.PHASE_3_PROCESS),
    CONSOLIDATION(4, ProcessConstants.PHASE_4_PROCESS);

    private final int number;
    private final String processKey;

    Phase(int number, String processKey) {
        this.number = number;
        this.processKey = processKey;
    }

    public int number() {
        return number;
    }

    public String processKey() {
        return processKey;
    }

    /** Each phase's name ({@code SHARED_DIAGNOSIS}...) by the key of the BPMN process that runs it. */
    public static java.util.Map<String, String> namesByProcessKey() {
        return java.util.Arrays.stream(values())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Phase::processKey, Phase::name));
    }

    public static Phase ofProcessKey(String key) {
        for (Phase p : values()) {
            if (p.processKey.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
