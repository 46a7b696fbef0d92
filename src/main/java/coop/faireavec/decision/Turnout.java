package coop.faireavec.decision;

/**
 * One college's turnout in a vote (the carrier sees it; it names nobody).
 *
 * @param college the college's name
 * @param members its members
 * @param ballots ballots cast by its members (a ballot of only "Sans avis" counts as taking part)
 * @param required its quorum ({@link Quorum#required})
 * @param quorumMet whether {@code ballots >= required}
 */
public record Turnout(String college, int members, int ballots, int required, boolean quorumMet) {}
