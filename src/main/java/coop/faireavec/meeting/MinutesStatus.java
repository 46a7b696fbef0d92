package coop.faireavec.meeting;

/** Where the minutes of a meeting stand. */
public enum MinutesStatus {
    /** The carrier is writing them (also after a college asked for a correction). */
    DRAFT,
    /** Sent to one representative of each college present. */
    SUBMITTED,
    /** Every college present agreed: frozen; a later correction is a new version. */
    VALIDATED
}
