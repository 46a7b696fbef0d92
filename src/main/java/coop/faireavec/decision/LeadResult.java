package coop.faireavec.decision;

import java.util.List;
import java.util.Map;

/**
 * The result of one lead in a majority-judgment vote with equal weight per college.
 *
 * @param leadId the lead
 * @param colleges each college's result on it (colleges with members, in {@code participation.College} order)
 * @param overall the majority gauge of the weighted distribution (each college with at least one grade on the lead
 *     weighs the same), null when nobody graded the lead
 * @param overallShares the weighted share of each grade of {@link Grade#scale()} (summing to 1; all 0 when nobody
 *     graded the lead)
 * @param rank 1 for the best; leads with equal gauges share a rank ("1, 1, 3"); leads nobody graded come last
 * @param missingColleges colleges with members and no grade on this lead, named as missing from its result
 * @param disagreement whether two colleges' medians are {@link EqualFootingRules#disagreementGap()} or more grades
 *     apart ("désaccord entre collèges")
 */
public record LeadResult(
        long leadId,
        List<CollegeResult> colleges,
        Gauge overall,
        Map<Grade, Double> overallShares,
        int rank,
        List<String> missingColleges,
        boolean disagreement) {}
