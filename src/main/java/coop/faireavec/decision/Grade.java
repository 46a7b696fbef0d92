package coop.faireavec.decision;

import java.util.List;

/**
 * The one scale every voter grades every lead on, best first (majority judgment, Balinski &amp; Laraki, <i>Majority
 * Judgment</i>, MIT Press 2011). {@link #NO_OPINION} ("Sans avis") is an answer, not a grade: it is left out of
 * medians, gauges and weights. Labels are the message keys {@code grade.<NAME>}.
 */
public enum Grade {
    /** "Essentiel", the best grade. */
    ESSENTIAL,
    /** "Important". */
    IMPORTANT,
    /** "Utile". */
    USEFUL,
    /** "Pas prioritaire", the worst grade. */
    NOT_PRIORITY,
    /** "Sans avis": not a grade, left out of medians. */
    NO_OPINION;

    private static final List<Grade> SCALE = List.of(ESSENTIAL, IMPORTANT, USEFUL, NOT_PRIORITY);

    /**
     * Tells whether this answer is a grade.
     *
     * @return false for {@link #NO_OPINION} only
     */
    public boolean isGrade() {
        return this != NO_OPINION;
    }

    /**
     * The grades of the scale.
     *
     * @return the four grades, best first, without {@link #NO_OPINION} (unmodifiable)
     */
    public static List<Grade> scale() {
        return SCALE;
    }

    /**
     * The message key of this answer's label.
     *
     * @return {@code grade.} followed by the name, e.g. {@code grade.ESSENTIAL}
     */
    public String messageKey() {
        return "grade." + name();
    }
}
