package coop.faireavec.contribution;

/** How a person agreed to what someone else recorded in their name. */
public enum ConsentKind {
    /** The person was there and agreed orally to what was written. */
    ORAL,
    /** The person gave a written note (paper, text message...). */
    WRITTEN,
    /** Another way, described in the consent note. */
    OTHER
}
