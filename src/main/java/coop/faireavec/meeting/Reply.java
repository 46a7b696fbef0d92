package coop.faireavec.meeting;

/** An invitee's answer to a meeting invitation. */
public enum Reply {
    YES,
    MAYBE,
    NO
}
