package coop.faireavec.participation;

/** What a member may do in one experimentation (ADMIN is a platform role, kept on the account). */
public enum ExperimentationRole {
    CARRIER,
    PARTICIPANT,
    COMMITTEE
}
