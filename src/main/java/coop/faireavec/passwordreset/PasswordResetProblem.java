package coop.faireavec.passwordreset;

/** Why a forgotten-password link does not open; each has a plain-words message {@code passwordReset.problem.*}. */
public enum PasswordResetProblem {
    MISSING,
    UNKNOWN,
    EXPIRED,
    USED,
    REPLACED;

    /** The message key explaining the problem to the person who opened the link. */
    public String messageKey() {
        return "passwordReset.problem." + name();
    }

    /** A link that existed but no longer works (HTTP 410), as opposed to one that never did (404). */
    public boolean gone() {
        return this == EXPIRED || this == USED || this == REPLACED;
    }
}
