package coop.faireavec.decision;

/**
 * One member's answer to a collective validation.
 *
 * @param college the member's college (from the membership)
 * @param agree true to agree, false to object
 * @param reason the objection's reason (may be null when agreeing)
 */
public record Answer(String college, boolean agree, String reason) {}
