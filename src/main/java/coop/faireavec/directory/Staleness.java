package coop.faireavec.directory;

import java.time.LocalDate;

/** The directory's rule for keeping alive: a record not verified for 12 months is "à vérifier" (issue #17). */
public final class Staleness {

    /** How long a verification holds, in months. */
    public static final int MONTHS = 12;

    private Staleness() {}

    /** Whether a record verified on {@code verifiedOn} must be verified again on {@code today} (both local dates). */
    public static boolean isStale(LocalDate verifiedOn, LocalDate today) {
        return !verifiedOn.isAfter(cutoff(today));
    }

    /** The last day whose verification no longer holds on {@code today}: records verified after it are fresh. */
    public static LocalDate cutoff(LocalDate today) {
        return today.minusMonths(MONTHS);
    }
}
