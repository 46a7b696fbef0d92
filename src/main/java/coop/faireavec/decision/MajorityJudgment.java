package coop.faireavec.decision;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tallies a vote by majority judgment with each college weighing the same (issue #13, point 3).
 *
 * <p>Per college, a lead's result is the majority grade (lower median) of that college's voters who graded it, with
 * the majority gauge of Balinski &amp; Laraki (<i>Majority Judgment</i>, MIT Press 2011). Overall, every grade on a
 * lead weighs {@code 1 / (voters of its college who graded that lead) / (colleges with at least one grade on that
 * lead)} (the weighting rule), so each college's distribution counts for the same share whatever its size;
 * the overall majority gauge and the ranking come from that weighted distribution. "Sans avis" is not a grade and
 * weighs nothing. The arithmetic is exact (fractions), so scaling or permuting a college's ballots never changes the
 * overall result.
 */
public final class MajorityJudgment {

    private MajorityJudgment() {}

    /**
     * Tallies the ballots.
     *
     * @param leadIds the leads on the ballot, in their display order (used for ties)
     * @param collegeSizes members per college name; colleges with 0 members are left out of results, quorum and
     *     "missing"
     * @param ballots one ballot per voter; a ballot whose college is not counted is ignored, grades on leads not in
     *     {@code leadIds} are ignored
     * @param rules the rules frozen when the vote opened
     * @return the leads ranked best first, the turnout per college, and whether the result is provisional (a college
     *     with members below its quorum, counted in ballots cast)
     * @throws IllegalArgumentException when a lead id is repeated
     * @throws NullPointerException when an argument is null
     */
    public static VoteResult tally(
            List<Long> leadIds, Map<String, Integer> collegeSizes, List<Ballot> ballots, EqualFootingRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (new HashSet<>(leadIds).size() != leadIds.size()) {
            throw new IllegalArgumentException("a lead is on the ballot twice: " + leadIds);
        }
        List<String> colleges = Colleges.counted(collegeSizes);
        Map<String, List<Ballot>> byCollege = new LinkedHashMap<>();
        colleges.forEach(college -> byCollege.put(college, new ArrayList<>()));
        for (Ballot ballot : ballots) {
            List<Ballot> own = byCollege.get(ballot.college());
            if (own != null) {
                own.add(ballot);
            }
        }

        List<Turnout> turnout = new ArrayList<>();
        List<MissingQuorum> missing = new ArrayList<>();
        Map<String, Boolean> quorumMet = new HashMap<>();
        for (String college : colleges) {
            int members = collegeSizes.get(college);
            int cast = byCollege.get(college).size();
            int required = Quorum.required(members, rules);
            boolean met = cast >= required;
            quorumMet.put(college, met);
            turnout.add(new Turnout(college, members, cast, required, met));
            if (!met) {
                missing.add(new MissingQuorum(college, required - cast));
            }
        }

        List<LeadResult> unranked = new ArrayList<>();
        for (long leadId : leadIds) {
            unranked.add(lead(leadId, colleges, collegeSizes, byCollege, quorumMet, rules));
        }
        return new VoteResult(rank(unranked), List.copyOf(turnout), !missing.isEmpty(), List.copyOf(missing));
    }

    private static LeadResult lead(
            long leadId,
            List<String> colleges,
            Map<String, Integer> collegeSizes,
            Map<String, List<Ballot>> byCollege,
            Map<String, Boolean> quorumMet,
            EqualFootingRules rules) {
        List<Grade> scale = Grade.scale();
        List<CollegeResult> results = new ArrayList<>();
        List<int[]> countsOfGrading = new ArrayList<>();
        List<String> missingColleges = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        int worst = Integer.MIN_VALUE;
        for (String college : colleges) {
            int[] counts = new int[scale.size()];
            int voters = 0;
            for (Ballot ballot : byCollege.get(college)) {
                Grade grade = ballot.gradeOf(leadId);
                if (grade.isGrade()) {
                    counts[grade.ordinal()]++;
                    voters++;
                }
            }
            Map<Grade, Integer> distribution = new EnumMap<>(Grade.class);
            for (Grade grade : scale) {
                distribution.put(grade, counts[grade.ordinal()]);
            }
            Gauge gauge = Gauge.of(distribution);
            Grade median = gauge == null ? null : gauge.majorityGrade();
            boolean shown = voters >= rules.smallCollegeBelow();
            results.add(new CollegeResult(
                    college,
                    collegeSizes.get(college),
                    voters,
                    Quorum.required(collegeSizes.get(college), rules),
                    quorumMet.get(college),
                    median,
                    shown ? Collections.unmodifiableMap(distribution) : Map.of(),
                    shown));
            if (voters == 0) {
                missingColleges.add(college);
            } else {
                countsOfGrading.add(counts);
                best = Math.min(best, median.ordinal());
                worst = Math.max(worst, median.ordinal());
            }
        }

        // Each grading college's voters share one equal part: with L the lcm of their voter counts, a grade from a
        // college of v voters weighs L / v; the common factor 1 / (L * colleges) cancels out of every share.
        BigInteger lcm = BigInteger.ONE;
        for (int[] counts : countsOfGrading) {
            BigInteger voters = BigInteger.valueOf(sum(counts));
            lcm = lcm.divide(lcm.gcd(voters)).multiply(voters);
        }
        BigInteger[] weights = new BigInteger[scale.size()];
        Arrays.fill(weights, BigInteger.ZERO);
        for (int[] counts : countsOfGrading) {
            BigInteger perGrade = lcm.divide(BigInteger.valueOf(sum(counts)));
            for (int i = 0; i < counts.length; i++) {
                weights[i] = weights[i].add(perGrade.multiply(BigInteger.valueOf(counts[i])));
            }
        }
        BigInteger total = lcm.multiply(BigInteger.valueOf(countsOfGrading.size()));
        Map<Grade, Double> shares = new EnumMap<>(Grade.class);
        for (Grade grade : scale) {
            shares.put(grade, countsOfGrading.isEmpty() ? 0.0 : Gauge.ratio(weights[grade.ordinal()], total));
        }
        boolean disagreement = !countsOfGrading.isEmpty() && worst - best >= rules.disagreementGap();
        return new LeadResult(
                leadId,
                List.copyOf(results),
                Gauge.of(weights),
                Collections.unmodifiableMap(shares),
                0,
                List.copyOf(missingColleges),
                disagreement);
    }

    private static List<LeadResult> rank(List<LeadResult> unranked) {
        Comparator<LeadResult> byGauge =
                Comparator.comparing(LeadResult::overall, Comparator.nullsLast(Comparator.naturalOrder()));
        List<LeadResult> sorted = new ArrayList<>(unranked);
        sorted.sort(byGauge);
        List<LeadResult> ranked = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            LeadResult lead = sorted.get(i);
            if (i == 0 || byGauge.compare(sorted.get(i - 1), lead) != 0) {
                rank = i + 1;
            }
            ranked.add(new LeadResult(
                    lead.leadId(),
                    lead.colleges(),
                    lead.overall(),
                    lead.overallShares(),
                    rank,
                    lead.missingColleges(),
                    lead.disagreement()));
        }
        return List.copyOf(ranked);
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }
}
