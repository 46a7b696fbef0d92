package coop.faireavec.notification;

public enum NotificationKind {
    REMINDER,
    ESCALATION,
    /** A step was just offered to the person's college or role group. */
    NEW_STEP
}
