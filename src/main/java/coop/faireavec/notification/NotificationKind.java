package coop.faireavec.notification;

public enum NotificationKind {
    REMINDER,
    ESCALATION
}
