package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.meeting.CompositionCheck.Kind;
import coop.faireavec.meeting.CompositionCheck.Problem;
import coop.faireavec.participation.College;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositionRuleTest {

    /**
     * One line per situation. Colleges: LE = lived experience, PR = practitioners, DM = decision-makers. Problems are
     * listed as KIND college, in the order the check gives them (missing, too few, dominant; colleges in their usual order).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # situation                                     | required | min | max% | LE  | PR  | DM  | holds | problems
            all three present, two each                     | LE PR DM |  2  |  50  |  2  |  2  |  2  | true  | -
            decision-makers missing                         | LE PR DM |  2  |  50  |  3  |  3  |  0  | false | MISSING_COLLEGE DM
            only one decision-maker, two needed             | LE PR DM |  2  |  50  |  2  |  2  |  1  | false | TOO_FEW DM
            minimum exactly met                             | LE PR DM |  3  |  50  |  3  |  3  |  3  | true  | -
            one college exactly at 50 % is allowed          | LE PR DM |  2  |  50  |  4  |  2  |  2  | true  | -
            one college above half dominates                | LE PR DM |  2  |  50  |  5  |  2  |  2  | false | DOMINANT LE
            exactly 50 % of a large meeting is allowed      | LE PR DM |  2  |  50  | 500 | 250 | 250 | true  | -
            50.1 % is not                                   | LE PR DM |  2  |  50  | 501 | 250 | 249 | false | DOMINANT LE
            nobody there: every required college is missing | LE PR DM |  2  |  50  |  0  |  0  |  0  | false | MISSING_COLLEGE LE, MISSING_COLLEGE PR, MISSING_COLLEGE DM
            missing, too few and dominant at once           | LE PR DM |  2  |  50  |  5  |  1  |  0  | false | MISSING_COLLEGE DM, TOO_FEW PR, DOMINANT LE
            minimum 0 still needs a required college there  | DM       |  0  | 100  |  4  |  0  |  0  | false | MISSING_COLLEGE DM
            a college not required may not dominate either  | LE       |  1  |  70  |  1  |  5  |  0  | false | DOMINANT PR
            a college not required, under the limit         | LE       |  1  |  70  |  2  |  3  |  0  | true  | -
            nothing required, no limit: anyone              | -        |  0  | 100  |  0  |  7  |  0  | true  | -
            nothing required, no limit, nobody              | -        |  0  | 100  |  0  |  0  |  0  | true  | -
            nothing required but a share limit              | -        |  0  |  50  |  0  |  3  |  0  | false | DOMINANT PR
            steering committee, three to one is 75 %        | DM LE    |  1  |  75  |  1  |  0  |  3  | true  | -
            steering committee, four to one is 80 %         | DM LE    |  1  |  75  |  1  |  0  |  4  | false | DOMINANT DM
            """)
    void aRuleSaysWhetherTheRightPeopleAreThere(
            String situation,
            String required,
            int min,
            int maxShare,
            long lived,
            long practitioners,
            long deciders,
            boolean holds,
            String problems) {
        CompositionRule rule = new CompositionRule(colleges(required), min, maxShare);
        Map<College, Long> present = new EnumMap<>(College.class);
        present.put(College.LIVED_EXPERIENCE, lived);
        present.put(College.PRACTITIONERS, practitioners);
        present.put(College.DECISION_MAKERS, deciders);

        CompositionCheck check = rule.check(present);

        assertThat(check.holds()).as(situation).isEqualTo(holds);
        assertThat(check.problems().stream()
                        .map(p -> p.kind() + " " + SHORT.get(p.college()))
                        .collect(Collectors.joining(", ")))
                .as(situation)
                .isEqualTo(problems == null ? "" : problems);
        assertThat(check.total()).isEqualTo(lived + practitioners + deciders);
    }

    @Test
    void problemsCarryTheCountAndTheLimitToPutInWords() {
        CompositionRule crossed = new CompositionRule(EnumSet.allOf(College.class), 2, 50);
        CompositionCheck check = crossed.check(Map.of(College.LIVED_EXPERIENCE, 5L, College.PRACTITIONERS, 1L));
        assertThat(check.problems())
                .containsExactly(
                        new Problem(Kind.MISSING_COLLEGE, College.DECISION_MAKERS, 0, 2),
                        new Problem(Kind.TOO_FEW, College.PRACTITIONERS, 1, 2),
                        new Problem(Kind.DOMINANT, College.LIVED_EXPERIENCE, 5, 50));
        assertThat(check.sharePercent(College.LIVED_EXPERIENCE)).isEqualTo(83);
        assertThat(check.sharePercent(College.DECISION_MAKERS)).isZero();
    }

    @Test
    void aCollegeLeftOutOfTheCountsHasNobodyAndEveryCollegeIsCounted() {
        CompositionCheck check = new CompositionRule(Set.of(), 0, 100).check(Map.of(College.PRACTITIONERS, 3L));
        assertThat(check.counts())
                .containsOnlyKeys(College.values())
                .containsEntry(College.LIVED_EXPERIENCE, 0L)
                .containsEntry(College.PRACTITIONERS, 3L);
        assertThat(new CompositionRule(Set.of(), 0, 100).check(Map.of()).total())
                .isZero();
        assertThat(new CompositionRule(Set.of(), 0, 100).check(null).holds()).isTrue();
    }

    @ParameterizedTest(name = "min {0}, max share {1} is refused")
    @CsvSource({"-1, 50", "51, 50", "2, 0", "2, 101"})
    void numbersOutOfRangeAreRefused(int min, int maxShare) {
        assertThatThrownBy(() -> new CompositionRule(Set.of(College.PRACTITIONERS), min, maxShare))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "min {0}, max share {1} is accepted")
    @CsvSource({"0, 1", "50, 100", "0, 100"})
    void theEdgesOfTheRangesAreAccepted(int min, int maxShare) {
        assertThat(new CompositionRule(null, min, maxShare).requiredColleges()).isEmpty();
    }

    @Test
    void aShareLimitUnderAThirdCanNeverBeMetWithThreeColleges() {
        assertThat(new CompositionRule(Set.of(), 0, 33).canBeMet()).isFalse();
        assertThat(new CompositionRule(Set.of(), 0, 34).canBeMet()).isTrue();
    }

    @Test
    void theDefaultCrossedDiscussionNeedsTheThreeCollegesTwoEachNoneAboveHalf() {
        CompositionRule crossed = CompositionRule.defaultFor(MeetingKind.CROSSED_DISCUSSION);
        assertThat(crossed).isEqualTo(new CompositionRule(EnumSet.allOf(College.class), 2, 50));
        assertThat(crossed.requiresAllColleges()).isTrue();
        assertThat(CompositionRule.defaultFor(MeetingKind.PEER_SESSION).hasShareLimit())
                .isFalse();
        for (MeetingKind kind : MeetingKind.values()) {
            assertThat(CompositionRule.defaultFor(kind).canBeMet())
                    .as(kind.name())
                    .isTrue();
        }
    }

    private static final Map<College, String> SHORT =
            Map.of(College.LIVED_EXPERIENCE, "LE", College.PRACTITIONERS, "PR", College.DECISION_MAKERS, "DM");

    private static Set<College> colleges(String shortNames) {
        if (shortNames == null) {
            return Set.of();
        }
        Map<String, College> byShort =
                SHORT.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return Arrays.stream(shortNames.trim().split("\\s+")).map(byShort::get).collect(Collectors.toSet());
    }
}
