package coop.faireavec.process;

/** Process keys, variable names, form keys and candidate-group names shared by the BPMN files and the code. */
public final class ProcessConstants {

    private ProcessConstants() {}

    // process definition keys (one BPMN file each under processes/)
    public static final String EXPERIMENTATION_PROCESS = "experimentation";
    public static final String PHASE_1_PROCESS = "phase-1-shared-diagnosis";
    public static final String PHASE_2_PROCESS = "phase-2-action-leads";
    public static final String PHASE_3_PROCESS = "phase-3-experimenting";
    public static final String PHASE_4_PROCESS = "phase-4-consolidation";
    /**
     * The monthly upkeep of a territory's directory (issue #17, point 2): one instance per territory with
     * correspondents, no business key (the experimentation processes' business key is an experimentation id).
     */
    public static final String UPKEEP_PROCESS = "directory-upkeep";

    // variables: ids and gateway flags only, never entities
    public static final String VAR_EXPERIMENTATION_ID = "experimentationId";
    public static final String VAR_REVIEW_APPROVED = "reviewApproved";
    public static final String VAR_VALIDATION_REJECTED = "validationRejected";
    public static final String VAR_EXPERIMENT_DECISION = "experimentDecision";
    /** Element variables of the multi-instance steps: which college, which lead. */
    public static final String VAR_COLLEGE = "college";

    public static final String VAR_LEAD_ID = "leadId";
    /** How often phase 3 asks for observations (an ISO-8601 duration such as P14D). */
    public static final String VAR_OBSERVATION_CYCLE = "observationCycle";
    /** The bean phase-3-experimenting.bpmn asks whether observations came in during the cycle. */
    public static final String BEAN_EXPERIMENTS = "experiments";

    // form keys: each kind of user task has one StepKind (package task.kind), the only code that reads these. They
    // are not compile-time constants (form(...)), so that ArchitectureTest sees every class that reads them.
    public static final String FORM_MEETING_RECORD = form("meeting-record");
    public static final String FORM_PEER_SESSION = form("peer-session");
    public static final String FORM_CROSSED_DISCUSSION = form("crossed-discussion");
    public static final String FORM_SYNTHESIS = form("synthesis");
    public static final String FORM_COLLEGE_VALIDATION = form("college-validation");
    public static final String FORM_PHASE_REPORT = form("phase-report");
    public static final String FORM_COMMITTEE_REVIEW = form("committee-review");
    public static final String FORM_CLOSE_CALL_FOR_LEADS = form("close-call-for-leads");
    public static final String FORM_LEAD_VOTE = form("lead-vote");
    public static final String FORM_ACTION_PLAN = form("action-plan");
    public static final String FORM_EXPERIMENT_PLAN = form("experiment-plan");
    public static final String FORM_OBSERVATION = form("observation");
    public static final String FORM_MID_TERM_REVIEW = form("mid-term-review");
    public static final String FORM_EXPERIMENT_ASSESSMENT = form("experiment-assessment");
    public static final String FORM_COLLEGE_EVALUATION = form("college-evaluation");
    public static final String FORM_CAPITALISATION = form("capitalisation");

    /** Every form key used in processes/, so a missing form page is caught by a test. */
    public static final java.util.List<String> FORM_KEYS = java.util.List.of(
            FORM_MEETING_RECORD,
            FORM_PEER_SESSION,
            FORM_CROSSED_DISCUSSION,
            FORM_SYNTHESIS,
            FORM_COLLEGE_VALIDATION,
            FORM_PHASE_REPORT,
            FORM_COMMITTEE_REVIEW,
            FORM_CLOSE_CALL_FOR_LEADS,
            FORM_LEAD_VOTE,
            FORM_ACTION_PLAN,
            FORM_EXPERIMENT_PLAN,
            FORM_OBSERVATION,
            FORM_MID_TERM_REVIEW,
            FORM_EXPERIMENT_ASSESSMENT,
            FORM_COLLEGE_EVALUATION,
            FORM_CAPITALISATION);

    private static String form(String key) {
        return key;
    }

    // activity ids the code refers to
    public static final String TASK_WRITE_PHASE_REPORT = "WritePhaseReport";
    public static final String TASK_COMMITTEE_REVIEW = "CommitteeReview";
    public static final String TASK_DRAFT_SYNTHESIS = "DraftSynthesis";
    public static final String TASK_WRITE_ACTION_PLAN = "WriteActionPlan";
    /** The capitalisation and transfer kit (phase 4), which the members validate before the final meeting. */
    public static final String TASK_ASSEMBLE_CAPITALISATION = "AssembleCapitalisation";
    /** The vote on the leads: one step shared by every member with a college (issue #13, point 3). */
    public static final String TASK_PRIORITISATION_VOTE = "PrioritisationVote";

    public static final String TASK_COLLECTIVE_VALIDATION = "CollectiveValidation";
    public static final String ACTIVITY_CALL_FOR_LEADS = "CallForLeadsOpen";
    public static final String TASK_PLAN_EXPERIMENT = "PlanExperiment";
    public static final String TASK_RECORD_OBSERVATIONS = "RecordObservations";
    public static final String TASK_MID_TERM_REVIEW = "MidTermReview";

    // the directory's upkeep (processes/directory-upkeep.bpmn)
    /** The territory an upkeep instance keeps the directory of (a Long). */
    public static final String VAR_TERRITORY_ID = "territoryId";
    /** The round an upkeep instance is walking (a Long, the id of its row in directory_round). */
    public static final String VAR_ROUND_ID = "roundId";
    /** Element variable of the round's steps: the correspondent (a person id, a Long). */
    public static final String VAR_CORRESPONDENT_ID = "correspondentId";
    /** The bean directory-upkeep.bpmn calls to open, share out and close rounds. */
    public static final String BEAN_UPKEEP = "directoryUpkeep";
    /** The one step each correspondent gets per round. */
    public static final String TASK_WALK_ROUND = "WalkRound";
    /** The timer that opens the next round. */
    public static final String EVENT_NEXT_ROUND_DUE = "NextRoundDue";

    /**
     * Candidate group of one correspondent's upkeep step, e.g. upkeep-3-42 (territory 3, person 42). Never starts with
     * "exp-", so no experimentation's step list ever offers it ({@link #experimentationOfGroup} gives -1).
     */
    public static String upkeepGroup(long territoryId, long personId) {
        return "upkeep-" + territoryId + "-" + personId;
    }

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
