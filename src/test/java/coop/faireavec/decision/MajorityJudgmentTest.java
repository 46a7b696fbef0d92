package coop.faireavec.decision;

import static coop.faireavec.decision.Grade.ESSENTIAL;
import static coop.faireavec.decision.Grade.IMPORTANT;
import static coop.faireavec.decision.Grade.NOT_PRIORITY;
import static coop.faireavec.decision.Grade.NO_OPINION;
import static coop.faireavec.decision.Grade.USEFUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Majority judgment with equal weight per college: weights, quorum, missing colleges, small colleges, ranks. */
class MajorityJudgmentTest {

    static final EqualFootingRules RULES = EqualFootingRules.defaults();
    static final String LIVED = "LIVED_EXPERIENCE";
    static final String PRACTITIONERS = "PRACTITIONERS";
    static final String DECIDERS = "DECISION_MAKERS";

    /** {@code n} ballots of one college giving {@code grade} to lead 1 (and nothing else). */
    static List<Ballot> ballots(String college, int n, Grade grade) {
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ballots.add(new Ballot(college, grade == NO_OPINION ? Map.of() : Map.of(1L, grade)));
        }
        return ballots;
    }

    /** Ballots of one college on lead 1 from counts given best first (Essentiel, Important, Utile, Pas prioritaire). */
    static List<Ballot> ballots(String college, int... counts) {
        List<Ballot> ballots = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            ballots.addAll(ballots(college, counts[g], Grade.scale().get(g)));
        }
        return ballots;
    }

    @SafeVarargs
    static List<Ballot> all(List<Ballot>... parts) {
        List<Ballot> all = new ArrayList<>();
        for (List<Ballot> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static Map<String, Integer> sizes(int lived, int practitioners, int deciders) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put(LIVED, lived);
        sizes.put(PRACTITIONERS, practitioners);
        sizes.put(DECIDERS, deciders);
        return sizes;
    }

    static LeadResult lead1(Map<String, Integer> sizes, List<Ballot> ballots) {
        return MajorityJudgment.tally(List.of(1L), sizes, ballots, RULES)
                .ranked()
                .get(0);
    }

    @Test
    void aCollegeOfThreeWeighsAsMuchAsACollegeOfThirty() {
        LeadResult lead =
                lead1(sizes(3, 30, 0), all(ballots(LIVED, 3, ESSENTIAL), ballots(PRACTITIONERS, 30, NOT_PRIORITY)));

        assertThat(lead.overallShares())
                .containsEntry(ESSENTIAL, 0.5)
                .containsEntry(IMPORTANT, 0.0)
                .containsEntry(USEFUL, 0.0)
                .containsEntry(NOT_PRIORITY, 0.5);
        // Half the weight is "Essentiel": not more than half, so the lower median is "Pas prioritaire", with p = 1/2.
        assertThat(lead.overall()).isEqualTo(new Gauge(NOT_PRIORITY, true, 0.5));
        assertThat(lead.disagreement()).isTrue();
        // The same with the sizes swapped: 30 "Essentiel" weigh no more than 3.
        LeadResult swapped =
                lead1(sizes(30, 3, 0), all(ballots(LIVED, 30, ESSENTIAL), ballots(PRACTITIONERS, 3, NOT_PRIORITY)));
        assertThat(swapped.overall()).isEqualTo(lead.overall());
        assertThat(swapped.overallShares()).isEqualTo(lead.overallShares());
    }

    /** A college's distribution counts as one share whatever its size: 1 of 3 weighs what 10 of 30 weigh. */
    @ParameterizedTest(name = "lived {0}/{1}/{2}/{3} practitioners {4}/{5}/{6}/{7}: {8} {9} {10}")
    @CsvSource({
        // 3 voters vs 30 voters with the same shares: the overall result is that college's result
        "1, 1, 1, 0, 10, 10, 10, 0, IMPORTANT, false, 0.3333333333333333",
        // 3 voters all "Essentiel" vs 30 voters all "Utile": half and half, lower median "Utile", p = 1/2
        "3, 0, 0, 0, 0, 0, 30, 0, USEFUL, true, 0.5",
        // 2 of 3 "Essentiel" (2/6 of the weight), 20 of 30 "Important" (2/6), the rest "Pas prioritaire" (2/6): p = q,
        // minus
        "2, 0, 0, 1, 0, 20, 0, 10, IMPORTANT, false, 0.3333333333333333"
    })
    void weightsAreEqualPerCollege(
            int e1, int i1, int u1, int n1, int e2, int i2, int u2, int n2, Grade grade, boolean plus, double share) {
        LeadResult lead =
                lead1(sizes(3, 30, 0), all(ballots(LIVED, e1, i1, u1, n1), ballots(PRACTITIONERS, e2, i2, u2, n2)));
        assertThat(lead.overall()).isEqualTo(new Gauge(grade, plus, share));
    }

    @Test
    void eachCollegeHasItsOwnMedianAndDistribution() {
        LeadResult lead = lead1(
                sizes(3, 8, 2),
                all(ballots(LIVED, 2, 1, 0, 0), ballots(PRACTITIONERS, 0, 1, 3, 2), ballots(DECIDERS, 0, 0, 1, 1)));

        assertThat(lead.colleges()).extracting(CollegeResult::college).containsExactly(LIVED, PRACTITIONERS, DECIDERS);
        CollegeResult lived = lead.colleges().get(0);
        assertThat(lived.median()).isEqualTo(ESSENTIAL);
        assertThat(lived.voters()).isEqualTo(3);
        assertThat(lived.distributionShown()).isTrue();
        assertThat(lived.distribution())
                .containsExactly(
                        Map.entry(ESSENTIAL, 2),
                        Map.entry(IMPORTANT, 1),
                        Map.entry(USEFUL, 0),
                        Map.entry(NOT_PRIORITY, 0));
        CollegeResult practitioners = lead.colleges().get(1);
        assertThat(practitioners.median()).isEqualTo(USEFUL); // 6 voters: the lower of Utile and Utile
        assertThat(practitioners.quorumMet()).isTrue(); // 6 ballots of 8 members, 3 needed
        // Two voters: the distribution stays inside the tally, only turnout and median leave it.
        CollegeResult deciders = lead.colleges().get(2);
        assertThat(deciders.median()).isEqualTo(NOT_PRIORITY);
        assertThat(deciders.distributionShown()).isFalse();
        assertThat(deciders.distribution()).isEmpty();
        // Essentiel and Pas prioritaire are 3 grades apart.
        assertThat(lead.disagreement()).isTrue();
        assertThat(lead.missingColleges()).isEmpty();
    }

    /** Quorum failures make the result provisional and say how many more voters each college needs. */
    @ParameterizedTest(name = "sizes {0}/{1}/{2}, ballots {3}/{4}/{5}: provisional {6}, missing {7}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3|8|2|3|8|2|false|",
                "3|8|2|2|3|2|false|",
                "3|8|2|1|3|2|true|LIVED_EXPERIENCE:1",
                "3|8|2|2|2|1|true|PRACTITIONERS:1 DECISION_MAKERS:1",
                // a college of one needs its one member
                "1|8|2|0|3|2|true|LIVED_EXPERIENCE:1",
                "1|8|2|1|3|2|false|",
                // an empty college is left out of the quorum
                "0|8|2|0|3|2|false|",
                "0|0|0|0|0|0|false|",
                // 30 members need 10
                "30|8|2|9|3|2|true|LIVED_EXPERIENCE:1",
                "3|8|2|0|0|0|true|LIVED_EXPERIENCE:2 PRACTITIONERS:3 DECISION_MAKERS:2"
            })
    void quorum(int s1, int s2, int s3, int b1, int b2, int b3, boolean provisional, String missing) {
        List<Ballot> ballots =
                all(ballots(LIVED, b1, USEFUL), ballots(PRACTITIONERS, b2, USEFUL), ballots(DECIDERS, b3, USEFUL));
        VoteResult result = MajorityJudgment.tally(List.of(1L), sizes(s1, s2, s3), ballots, RULES);

        assertThat(result.provisional()).isEqualTo(provisional);
        assertThat(result.missing())
                .extracting(m -> m.college() + ":" + m.needed())
                .containsExactlyElementsOf(missing == null ? List.of() : List.of(missing.split(" ")));
        assertThat(result.turnout()).allSatisfy(t -> assertThat(t.quorumMet()).isEqualTo(t.ballots() >= t.required()));
    }

    @Test
    void ballotsOfOnlySansAvisTakePartButWeighNothing() {
        VoteResult result = MajorityJudgment.tally(
                List.of(1L, 2L),
                sizes(3, 8, 2),
                all(ballots(LIVED, 2, NO_OPINION), ballots(PRACTITIONERS, 3, USEFUL), ballots(DECIDERS, 2, NO_OPINION)),
                RULES);

        assertThat(result.provisional()).isFalse();
        assertThat(result.turnout()).extracting(Turnout::ballots).containsExactly(2, 3, 2);
        LeadResult lead1 = result.ranked().get(0);
        assertThat(lead1.leadId()).isEqualTo(1L);
        assertThat(lead1.missingColleges()).containsExactly(LIVED, DECIDERS);
        assertThat(lead1.overall()).isEqualTo(new Gauge(USEFUL, false, 0.0));
        assertThat(lead1.overallShares()).containsEntry(USEFUL, 1.0);
        assertThat(lead1.colleges().get(0).median()).isNull();
        assertThat(lead1.colleges().get(0).voters()).isZero();
        // Nobody graded lead 2: no gauge, every college missing, ranked last.
        LeadResult lead2 = result.ranked().get(1);
        assertThat(lead2.overall()).isNull();
        assertThat(lead2.rank()).isEqualTo(2);
        assertThat(lead2.missingColleges()).containsExactly(LIVED, PRACTITIONERS, DECIDERS);
        assertThat(lead2.overallShares().values()).containsOnly(0.0);
        assertThat(lead2.disagreement()).isFalse();
    }

    @Test
    void allSansAvisGivesNoResultAtAll() {
        VoteResult result =
                MajorityJudgment.tally(List.of(1L, 2L), sizes(3, 0, 0), ballots(LIVED, 3, NO_OPINION), RULES);
        assertThat(result.provisional()).isFalse();
        assertThat(result.ranked()).allSatisfy(lead -> {
            assertThat(lead.overall()).isNull();
            assertThat(lead.rank()).isEqualTo(1);
            assertThat(lead.missingColleges()).containsExactly(LIVED);
        });
    }

    @Test
    void ranksBestFirstWithSharedRanksForExactTies() {
        List<Ballot> ballots = List.of(
                new Ballot(LIVED, Map.of(1L, USEFUL, 2L, ESSENTIAL, 3L, ESSENTIAL, 4L, USEFUL)),
                new Ballot(LIVED, Map.of(1L, USEFUL, 2L, ESSENTIAL, 3L, ESSENTIAL, 4L, USEFUL)),
                new Ballot(PRACTITIONERS, Map.of(1L, USEFUL, 2L, IMPORTANT, 3L, IMPORTANT, 4L, NOT_PRIORITY)),
                new Ballot(PRACTITIONERS, Map.of(1L, USEFUL, 2L, IMPORTANT, 3L, IMPORTANT)));
        VoteResult result = MajorityJudgment.tally(List.of(1L, 2L, 3L, 4L, 5L), sizes(2, 2, 0), ballots, RULES);

        assertThat(result.ranked()).extracting(LeadResult::leadId).containsExactly(2L, 3L, 1L, 4L, 5L);
        assertThat(result.ranked()).extracting(LeadResult::rank).containsExactly(1, 1, 3, 4, 5);
        assertThat(result.ranked().get(0).overall()).isEqualTo(new Gauge(IMPORTANT, true, 0.5));
    }

    @Test
    void ballotsOfUnknownOrEmptyCollegesAndGradesOfOtherLeadsAreIgnored() {
        List<Ballot> ballots = all(
                ballots(LIVED, 2, ESSENTIAL),
                ballots("NOBODY", 5, NOT_PRIORITY),
                ballots(DECIDERS, 5, NOT_PRIORITY),
                List.of(new Ballot(LIVED, Map.of(99L, NOT_PRIORITY))));
        VoteResult result = MajorityJudgment.tally(List.of(1L), sizes(3, 0, 0), ballots, RULES);

        assertThat(result.turnout()).extracting(Turnout::college).containsExactly(LIVED);
        assertThat(result.turnout().get(0).ballots()).isEqualTo(3);
        assertThat(result.ranked().get(0).overall()).isEqualTo(new Gauge(ESSENTIAL, false, 0.0));
        assertThat(result.ranked().get(0).colleges()).hasSize(1);
    }

    @ParameterizedTest(name = "gap {0}: Essentiel vs {1} is a disagreement: {2}")
    @CsvSource({
        "2, IMPORTANT, false",
        "2, USEFUL, true",
        "1, IMPORTANT, true",
        "3, USEFUL, false",
        "3, NOT_PRIORITY, true"
    })
    void disagreementFollowsTheGap(int gap, Grade other, boolean disagreement) {
        EqualFootingRules rules = new EqualFootingRules(2, 1, 3, ConsentRule.MAJORITY, 3, gap, 3);
        VoteResult result = MajorityJudgment.tally(
                List.of(1L),
                sizes(2, 2, 0),
                all(ballots(LIVED, 2, ESSENTIAL), ballots(PRACTITIONERS, 2, other)),
                rules);
        assertThat(result.ranked().get(0).disagreement()).isEqualTo(disagreement);
    }

    @Test
    void aLeadTwiceOnTheBallotIsRefused() {
        assertThatThrownBy(() -> MajorityJudgment.tally(List.of(1L, 1L), sizes(1, 0, 0), List.of(), RULES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
