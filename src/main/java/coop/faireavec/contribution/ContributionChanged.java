package coop.faireavec.contribution;

/**
 * Published after a contribution was corrected or withdrawn, so that a phase already reported gets a new report
 * version.
 *
 * @param phase the phase's name ({@code Phase.name()})
 */
public record ContributionChanged(long experimentationId, String phase, long contributionId) {}
