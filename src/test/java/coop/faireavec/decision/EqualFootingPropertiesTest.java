package coop.faireavec.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of majority judgment with equal weight per college (issue #13, "Done when"), on random votes of three
 * colleges over three leads: colleges are independent of each other, only each college's shares count, voters'
 * order does not count, and a lead whose every college's grades dominate another's never ranks below it.
 */
class EqualFootingPropertiesTest {

    static final List<String> COLLEGES = List.of("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
    static final List<Long> LEADS = List.of(1L, 2L, 3L);
    static final EqualFootingRules RULES = EqualFootingRules.defaults();

    /** A ballot: a grade or "Sans avis" (left out of the map) for each of the three leads. */
    static Arbitrary<Map<Long, Grade>> grades() {
        return Arbitraries.of(Grade.values()).list().ofSize(LEADS.size()).map(list -> {
            Map<Long, Grade> grades = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isGrade()) {
                    grades.put(LEADS.get(i), list.get(i));
                }
            }
            return grades;
        });
    }

    static Arbitrary<List<Ballot>> ballotsOf(String college, int max) {
        return grades().list()
                .ofMaxSize(max)
                .map(list -> list.stream().map(g -> new Ballot(college, g)).toList());
    }

    /** Ballots of the three colleges, 0 to 12 each. */
    @Provide
    Arbitrary<List<List<Ballot>>> vote() {
        return Combinators.combine(
                        ballotsOf(COLLEGES.get(0), 12), ballotsOf(COLLEGES.get(1), 12), ballotsOf(COLLEGES.get(2), 12))
                .as(List::of);
    }

    static Map<String, Integer> sizes(List<List<Ballot>> vote) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int c = 0; c < COLLEGES.size(); c++) {
            sizes.put(COLLEGES.get(c), Math.max(1, vote.get(c).size()) + 2);
        }
        return sizes;
    }

    static VoteResult tally(List<List<Ballot>> vote, Map<String, Integer> sizes) {
        List<Ballot> all = new ArrayList<>();
        vote.forEach(all::addAll);
        return MajorityJudgment.tally(LEADS, sizes, all, RULES);
    }

    static Map<Long, LeadResult> byLead(VoteResult result) {
        Map<Long, LeadResult> byLead = new HashMap<>();
        result.ranked().forEach(lead -> byLead.put(lead.leadId(), lead));
        return byLead;
    }

    /** The overall part of a lead's result: gauge, weighted shares, rank. */
    static List<Object> overall(LeadResult lead) {
        return List.of(String.valueOf(lead.overall()), lead.overallShares(), lead.rank());
    }

    @Property(tries = 300)
    void addingOrRemovingVotersInOneCollegeNeverChangesAnother(
            @ForAll("vote") List<List<Ballot>> vote,
            @ForAll @IntRange(min = 0, max = 2) int changed,
            @ForAll("vote") List<List<Ballot>> other) {
        Map<String, Integer> sizes = sizes(vote);
        List<List<Ballot>> altered = new ArrayList<>(vote);
        // another set of voters of the changed college (more, fewer or different), within its membership
        List<Ballot> replacement = other.get(changed).stream()
                .map(b -> new Ballot(COLLEGES.get(changed), b.grades()))
                .limit(sizes.get(COLLEGES.get(changed)))
                .toList();
        altered.set(changed, replacement);

        Map<Long, LeadResult> before = byLead(tally(vote, sizes));
        Map<Long, LeadResult> after = byLead(tally(altered, sizes));
        for (long lead : LEADS) {
            for (int c = 0; c < COLLEGES.size(); c++) {
                if (c != changed) {
                    assertThat(after.get(lead).colleges().get(c))
                            .isEqualTo(before.get(lead).colleges().get(c));
                }
            }
        }
    }

    @Property(tries = 300)
    void scalingACollegesBallotsChangesNothingOverall(
            @ForAll("vote") List<List<Ballot>> vote,
            @ForAll @IntRange(min = 0, max = 2) int scaled,
            @ForAll @IntRange(min = 2, max = 7) int k) {
        List<List<Ballot>> bigger = new ArrayList<>(vote);
        List<Ballot> copies = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            copies.addAll(vote.get(scaled));
        }
        bigger.set(scaled, copies);
        Map<String, Integer> sizes = sizes(bigger); // both votes counted with the same memberships

        Map<Long, LeadResult> before = byLead(tally(vote, sizes));
        Map<Long, LeadResult> after = byLead(tally(bigger, sizes));
        for (long lead : LEADS) {
            assertThat(overall(after.get(lead))).isEqualTo(overall(before.get(lead)));
            assertThat(after.get(lead).missingColleges())
                    .isEqualTo(before.get(lead).missingColleges());
        }
    }

    @Property(tries = 300)
    void permutingVotersChangesNothing(@ForAll("vote") List<List<Ballot>> vote, @ForAll long seed) {
        List<List<Ballot>> shuffled = new ArrayList<>();
        Random random = new Random(seed);
        for (List<Ballot> college : vote) {
            List<Ballot> copy = new ArrayList<>(college);
            Collections.shuffle(copy, random);
            shuffled.add(copy);
        }
        Map<String, Integer> sizes = sizes(vote);
        assertThat(tally(shuffled, sizes)).isEqualTo(tally(vote, sizes));
    }

    /**
     * Every voter who grades lead B grades lead A the same or better, and grades A only if grading B; so in every
     * college, for every grade, the share grading A at that grade or better is at least the share for B. Then A
     * never ranks below B, whatever the other leads.
     */
    @Property(tries = 500)
    void aLeadDominatingAnotherInEveryCollegeNeverRanksBelowIt(
            @ForAll("vote") List<List<Ballot>> vote, @ForAll long seed) {
        Random random = new Random(seed);
        List<List<Ballot>> withA = new ArrayList<>();
        for (List<Ballot> college : vote) {
            List<Ballot> ballots = new ArrayList<>();
            for (Ballot ballot : college) {
                Map<Long, Grade> grades = new HashMap<>(ballot.grades());
                Grade b = ballot.gradeOf(2L);
                grades.remove(1L);
                if (b.isGrade()) {
                    grades.put(1L, Grade.scale().get(random.nextInt(b.ordinal() + 1)));
                }
                ballots.add(new Ballot(ballot.college(), grades));
            }
            withA.add(ballots);
        }
        Map<Long, LeadResult> result = byLead(tally(withA, sizes(withA)));
        assertThat(result.get(1L).rank()).isLessThanOrEqualTo(result.get(2L).rank());
    }
}
