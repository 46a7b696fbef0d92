package coop.faireavec.participation;

/**
 * How a consent to be named in reports (or its withdrawal) was given: by the person on their own page (SELF), or
 * told to the carrier who noted it (the same kinds as {@code contribution.ConsentKind}, whose names they share).
 */
public enum NamingConsentKind {
    /** The person chose on their own page. */
    SELF,
    /** Said to the carrier, who noted it. */
    ORAL,
    /** Given to the carrier in writing (paper, text message...). */
    WRITTEN,
    /** Another way, described in the note. */
    OTHER
}
