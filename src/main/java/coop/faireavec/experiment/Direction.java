package coop.faireavec.experiment;

/** Which way an indicator should move for the experiment to be doing well. */
public enum Direction {
    /** More is better (e.g. people welcomed). */
    HIGHER_IS_BETTER,
    /** Less is better (e.g. days waited). */
    LOWER_IS_BETTER
}
