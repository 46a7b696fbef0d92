package coop.faireavec.setup;

/**
 * Why a set-up address does not open the set-up form; each has a plain-words message {@code setup.problem.*}.
 * {@link #DONE}: the platform already has an administrator, so {@code /setup} no longer exists (404).
 */
public enum SetupProblem {
    DONE,
    MISSING,
    UNKNOWN,
    EXPIRED,
    USED,
    REPLACED;

    /** The message key explaining the problem to the person who opened the address. */
    public String messageKey() {
        return "setup.problem." + name();
    }
}
