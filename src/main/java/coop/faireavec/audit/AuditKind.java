package coop.faireavec.audit;

/** What an audited action was. Names are shown through the messages files ({@code audit.kind.NAME}). */
public enum AuditKind {
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ADMIN_GRANTED,
    ADMIN_REMOVED,
    PEOPLE_MERGED,
    ACCESS_RESET,
    TERRITORY_CREATED,
    TERRITORY_CHANGED,
    TERRITORY_ARCHIVED,
    TEST_MAIL_SENT,
    /** A report workbook version was generated (by the flow, a carrier, or a correction). */
    REPORT_GENERATED,
    /** A kept report workbook was downloaded. */
    REPORT_DOWNLOADED,
    /** A kept report version was written again (consent withdrawn, erasure). */
    REPORT_REGENERATED,
    /** A carrier changed an experimentation's equal-footing rules of votes and validations. */
    DECISION_RULES_CHANGED,
    /** An administrator sent a failed or late mail of the outbox again. */
    MAIL_SENT_AGAIN,
    /** An administrator ran again engine work that had failed after its retries (operations page). */
    ENGINE_JOB_RETRIED,
    /** A sign-in attempt was refused by the throttling before its password was checked (detail: the username). */
    SIGN_IN_THROTTLED,
    /** A typed invitation code was refused by the throttling (too many wrong codes from the address). */
    INVITATION_CODE_THROTTLED
}
