package coop.faireavec.decision;

import java.util.Map;

/**
 * One college's result on one lead.
 *
 * @param college the college's name
 * @param members its members
 * @param voters its ballots with a grade (not "Sans avis") on this lead
 * @param required its quorum ({@link Quorum#required})
 * @param quorumMet whether the college's turnout (ballots cast, as in {@link Turnout}) reaches its quorum
 * @param median the college's majority grade on this lead (the lower median of its voters' grades), null when no
 *     voter graded it
 * @param distribution how many voters gave each grade of {@link Grade#scale()} (in that order, zeros included); empty
 *     when {@code distributionShown} is false, so a small college's distribution never leaves the tally
 * @param distributionShown false when the lead has fewer than {@link EqualFootingRules#smallCollegeBelow()} voters
 *     of this college: pages then show only turnout and median
 */
public record CollegeResult(
        String college,
        int members,
        int voters,
        int required,
        boolean quorumMet,
        Grade median,
        Map<Grade, Integer> distribution,
        boolean distributionShown) {}
