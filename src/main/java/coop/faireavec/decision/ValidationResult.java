package coop.faireavec.decision;

import java.util.List;

/**
 * The tally of a collective validation, college by college.
 *
 * @param colleges each college's position (colleges with members)
 * @param validated whether every college with members agrees (false when no college has members)
 * @param provisional whether a college with members is below its quorum
 * @param missing the colleges below their quorum and how many more answers each needs
 * @param objections every objection (answer with {@code agree == false}) of a counted college, in the order given,
 *     whatever the outcome
 */
public record ValidationResult(
        List<CollegePosition> colleges,
        boolean validated,
        boolean provisional,
        List<MissingQuorum> missing,
        List<Answer> objections) {}
