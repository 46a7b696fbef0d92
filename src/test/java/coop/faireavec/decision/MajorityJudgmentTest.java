package coop.faireavec.decision;

import static coop.faireavec.decision.Grade.ESSENTIAL;
import static coop.faireavec.decision.Grade.IMPORTANT;
import static coop.faireavec.decision.Grade.NOT_PRIORITY;
import static coop.faireavec.decision.Grade.NO_OPINION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Majority judgment with equal weight per college. */
class MajorityJudgmentTest {

    static final EqualFootingRules RULES = EqualFootingRules.defaults();

    /** {@code n} ballots of one college giving {@code grade} to lead 1 (and nothing else). */
    static List<Ballot> ballots(String college, int n, Grade grade) {
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ballots.add(new Ballot(college, grade == NO_OPINION ? Map.of() : Map.of(1L, grade)));
        }
        return ballots;
    }

    static List<Ballot> all(List<List<Ballot>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    static Map<String, Integer> sizes(Object... nameThenSize) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSize.length; i += 2) {
            sizes.put((String) nameThenSize[i], (Integer) nameThenSize[i + 1]);
        }
        return sizes;
    }

    @Test
    void aCollegeOfThreeWeighsAsMuchAsACollegeOfThirty() {
        List<Ballot> ballots =
                all(List.of(ballots("LIVED_EXPERIENCE", 3, ESSENTIAL), ballots("PRACTITIONERS", 30, NOT_PRIORITY)));
        VoteResult result =
                MajorityJudgment.tally(List.of(1L), sizes("LIVED_EXPERIENCE", 3, "PRACTITIONERS", 30), ballots, RULES);

        LeadResult lead = result.ranked().get(0);
        assertThat(lead.overallShares())
                .containsEntry(ESSENTIAL, 0.5)
                .containsEntry(NOT_PRIORITY, 0.5)
                .containsEntry(IMPORTANT, 0.0);
        // Half the weight is "Essentiel": not more than half, so the lower median is "Pas prioritaire", with p = 1/2.
        assertThat(lead.overall()).isEqualTo(new Gauge(NOT_PRIORITY, true, 0.5));
        assertThat(lead.disagreement()).isTrue();
        assertThat(result.provisional()).isFalse();
    }
}
