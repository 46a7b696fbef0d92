package coop.faireavec.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-college quorum and the one-line form of the rules frozen with a vote or validation. */
class QuorumAndRulesTest {

    /** Default rules: at least 2 voters and at least a third of the members; a college of 1 needs its one member. */
    @ParameterizedTest(name = "a college of {0} needs {1}")
    @CsvSource({"0, 0", "-1, 0", "1, 1", "2, 2", "3, 2", "6, 2", "7, 3", "9, 3", "10, 4", "30, 10", "31, 11"})
    void defaultQuorum(int size, int required) {
        assertThat(Quorum.required(size, EqualFootingRules.defaults())).isEqualTo(required);
    }

    @ParameterizedTest(name = "min {0}, share {1}/{2}, size {3} needs {4}")
    @CsvSource({
        "5, 1, 3, 3, 3", // never more than the college
        "1, 1, 2, 2, 1",
        "1, 1, 2, 5, 3",
        "1, 0, 1, 5, 1",
        "1, 1, 1, 5, 5",
        "3, 1, 1, 1, 1" // a college of one needs its one member, whatever the minimum
    })
    void quorumFollowsTheRules(int min, int num, int den, int size, int required) {
        EqualFootingRules rules = new EqualFootingRules(min, num, den, ConsentRule.MAJORITY, 3, 2, 3);
        assertThat(Quorum.required(size, rules)).isEqualTo(required);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "quorum-min-voters=2; quorum-share=1/3; consent-rule=MAJORITY; small-college-below=3;"
                        + " disagreement-gap=2; preselected-leads=3",
                "preselected-leads=3;disagreement-gap=2",
                "quorum-share = 1/3"
            })
    void theDefaultsReadBackFromAnyOfTheirForms(String text) {
        assertThat(EqualFootingRules.parse(text)).isEqualTo(EqualFootingRules.defaults());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1|0|1|NO_OBJECTION|0|1|0", "1000|100|100|MAJORITY|1000|3|100", "4|2|5|NO_OBJECTION|2|3|5"})
    void anyValidRulesSurviveTheirText(int min, int num, int den, ConsentRule consent, int small, int gap, int lead) {
        EqualFootingRules rules = new EqualFootingRules(min, num, den, consent, small, gap, lead);
        assertThat(EqualFootingRules.parse(rules.asText())).isEqualTo(rules);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "quorum-min-voters",
                "quorum-min-voters=two",
                "quorum-min-voters=0",
                "quorum-share=1/0",
                "quorum-share=4/3",
                "quorum-share=1",
                "consent-rule=UNANIMITY",
                "disagreement-gap=4",
                "disagreement-gap=0",
                "preselected-leads=-1",
                "small-college-below=1001",
                "colour=blue",
                "preselected-leads=3; preselected-leads=4"
            })
    void badTextIsRefused(String text) {
        assertThatThrownBy(() -> EqualFootingRules.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 3, 3, 2, 3", "2, -1, 3, 3, 2, 3", "2, 1, 0, 3, 2, 3", "2, 1, 3, -1, 2, 3", "2, 1, 3, 3, 2, 101"})
    void outOfRangeRulesAreRefused(int min, int num, int den, int small, int gap, int lead) {
        assertThatThrownBy(() -> new EqualFootingRules(min, num, den, ConsentRule.MAJORITY, small, gap, lead))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
