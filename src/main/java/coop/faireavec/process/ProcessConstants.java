package coop.faireavec.process;

/** Process keys, variable names, form keys and candidate-group names shared by the BPMN files and the code. */
public final class ProcessConstants {

    private ProcessConstants() {
    }

    // process definition keys (one BPMN file each under processes/)
    public static final String EXPERIMENTATION_PROCESS = "experimentation";
    public static final String PHASE_1_PROCESS = "phase-1-shared-diagnosis";
    public static final String PHASE_2_PROCESS = "phase-2-action-leads";
    public static final String PHASE_3_PROCESS = "phase-3-experimenting";
    public static final String PHASE_4_PROCESS = "phase-4-consolidation";

    // variables: ids and gateway flags only, never entities
    public static final String VAR_EXPERIMENTATION_ID = "experimentationId";
    public static final String VAR_REVIEW_APPROVED = "reviewApproved";

    // form keys: each kind of user task maps to one Thymeleaf form
    public static final String FORM_CLOSE_PHASE = "close-phase";
    public static final String FORM_COMMITTEE_REVIEW = "committee-review";

    // user task ids reused by every phase file
    public static final String TASK_CLOSE_PHASE = "CloseThePhase";
    public static final String TASK_COMMITTEE_REVIEW = "CommitteeReview";

    /** Candidate group for a role in an experimentation, e.g. exp-42-carrier. */
    public static String roleGroup(long experimentationId, String role) {
        return "exp-" + experimentationId + "-" + role.toLowerCase(java.util.Locale.ROOT);
    }

    /** Candidate group for a college in an experimentation, e.g. exp-42-LIVED_EXPERIENCE. */
    public static String collegeGroup(long experimentationId, String college) {
        return "exp-" + experimentationId + "-" + college;
    }

    /** The experimentation id a candidate group belongs to, or -1 if it is not one of ours. */
    public static long experimentationOfGroup(String group) {
        if (group == null || !group.startsWith("exp-")) {
            return -1;
        }
        int dash = group.indexOf('-', 4);
        try {
            return Long.parseLong(dash < 0 ? group.substring(4) : group.substring(4, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
