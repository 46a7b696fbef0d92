package coop.faireavec.decision;

/**
 * A college below its quorum, for the message that makes a result provisional.
 *
 * @param college the college's name
 * @param needed how many more voters (or answers) it needs to reach its quorum, at least 1
 */
public record MissingQuorum(String college, int needed) {}
