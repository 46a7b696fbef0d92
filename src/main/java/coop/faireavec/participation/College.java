package coop.faireavec.participation;

/** The three colleges of an experimentation; equal footing is between them. */
public enum College {
    LIVED_EXPERIENCE,
    PRACTITIONERS,
    DECISION_MAKERS
}
