package coop.faireavec.notification;

public enum NotificationKind {
    REMINDER,
    ESCALATION,
    /** A step was just offered to the person's college or role group. */
    NEW_STEP,
    /** An invitation to a meeting, its change or cancellation, minutes to validate or to correct. */
    MEETING,
    /** The committee approved a phase: its results, in plain words, are ready for every member. */
    RESULTS,
    /** A carrier hid the person's lead or comment (it broke the experimentation's rules), with a reason. */
    MODERATION
}
