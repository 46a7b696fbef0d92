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
    /** A person signed in with the sign-in form (Spring Security's authentication success event). */
    SIGNED_IN,
    /** A sign-in failed: the username typed (cut to 60 characters) and why; never the password. */
    SIGN_IN_FAILED,
    /** A request was refused (HTTP 403): the path, and who asked when they were signed in. */
    ACCESS_DENIED,
    /** Someone recorded words, an answer, a ballot or an observation on another person's behalf (never the text). */
    RECORDED_ON_BEHALF,
    /** A carrier added a member to an experimentation (college and role in the detail). */
    MEMBER_ADDED,
    /** A member's role changed: a carrier allowed a practitioner to record for others, or no longer. */
    MEMBER_ROLE_CHANGED,
    /** A person changed their own password; their other sessions ended. */
    PASSWORD_CHANGED,
    /** The retention job deleted the audit events older than the retention period (how many in the detail). */
    AUDIT_PURGED,
    /** A person turned two-factor sign-in on (confirmed with a first code). */
    TWO_FACTOR_ENABLED,
    /** A person turned their two-factor sign-in off (with a current code or their password). */
    TWO_FACTOR_DISABLED,
    /** An administrator reset a person's two-factor sign-in. */
    TWO_FACTOR_RESET,
    /** A recovery code was used to sign in (it will not work again). */
    TWO_FACTOR_RECOVERY_CODE_USED,
    /** A wrong or already-used two-factor code was given at sign-in. */
    TWO_FACTOR_CODE_REFUSED,
    /** An administrator changed the operator's facts or the texts of the privacy, accessibility or legal pages. */
    OPERATOR_TEXTS_CHANGED,
    /** Someone downloaded everything held about a person (a carrier for one of their members). */
    PERSONAL_DATA_DOWNLOADED,
    /** A person was erased: replaced everywhere by "Personne effacée N" (the detail gives N, never a name). */
    PERSONAL_DATA_ERASED,
    /** The retention job anonymised what the people of a closed experimentation gave in it (issue #16, point 10). */
    EXPERIMENTATION_ANONYMISED,
    /** An administrator published a territory's directory of local actors without sign-in, or withdrew it. */
    TERRITORY_DIRECTORY_PUBLISHED,
    /** A sign-in attempt was refused by the throttling before its password was checked (detail: the username). */
    SIGN_IN_THROTTLED,
    /** A typed invitation code was refused by the throttling (too many wrong codes from the address). */
    INVITATION_CODE_THROTTLED
}
