package coop.faireavec.decision;

/** What a college's consent to a collective validation needs (issue #13, point 5). */
public enum ConsentRule {
    /** The college's quorum answered and a strict majority of its answering members agree. */
    MAJORITY,
    /** The college's quorum answered and none of its answering members objects. */
    NO_OBJECTION
}
