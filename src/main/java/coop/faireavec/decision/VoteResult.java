package coop.faireavec.decision;

import java.util.List;

/**
 * The tally of a majority-judgment vote.
 *
 * @param ranked every lead's result, best first (ties keep the order the leads were given in)
 * @param turnout each college's turnout (colleges with members)
 * @param provisional whether a college with members is below its quorum
 * @param missing the colleges below their quorum and how many more voters each needs
 */
public record VoteResult(
        List<LeadResult> ranked, List<Turnout> turnout, boolean provisional, List<MissingQuorum> missing) {}
