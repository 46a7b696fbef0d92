package coop.faireavec.invitation;

/** Why a typed code does not open anything; each has a plain-words message {@code invitation.problem.*}. */
public enum InvitationProblem {
    MISSING,
    MALFORMED,
    UNKNOWN,
    EXPIRED,
    USED,
    REPLACED;

    public String messageKey() {
        return "invitation.problem." + name();
    }

    /** A guess that looked like a code and missed: counted against the visitor's attempts. */
    public boolean countsAsFailedAttempt() {
        return this != MISSING && this != MALFORMED;
    }
}
