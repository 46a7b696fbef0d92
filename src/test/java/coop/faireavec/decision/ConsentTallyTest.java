package coop.faireavec.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Collective validations college by college, under both consent rules. */
class ConsentTallyTest {

    static EqualFootingRules rules(ConsentRule consent) {
        return new EqualFootingRules(2, 1, 3, consent, 3, 2, 3);
    }

    static List<Answer> answers(String college, int agree, int object) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < agree; i++) {
            answers.add(new Answer(college, true, null));
        }
        for (int i = 0; i < object; i++) {
            answers.add(new Answer(college, false, college + " objection " + i));
        }
        return answers;
    }

    /** One college of {@code size} members answering; columns: rule, size, agree, object, then the outcome. */
    @ParameterizedTest(name = "{0}: {1} members, {2} agree, {3} object -> agrees {4}, quorum {5}")
    @CsvSource({
        "MAJORITY, 6, 2, 0, true, true",
        "MAJORITY, 6, 2, 1, true, true",
        // a tie is not a strict majority
        "MAJORITY, 6, 1, 1, false, true",
        "MAJORITY, 6, 1, 2, false, true",
        // below the quorum (2 of 6): no consent however positive
        "MAJORITY, 6, 1, 0, false, false",
        // a college of one: its one member decides
        "MAJORITY, 1, 1, 0, true, true",
        "MAJORITY, 1, 0, 1, false, true",
        "MAJORITY, 1, 0, 0, false, false",
        "NO_OBJECTION, 6, 5, 0, true, true",
        "NO_OBJECTION, 6, 5, 1, false, true",
        "NO_OBJECTION, 6, 1, 0, false, false",
        "NO_OBJECTION, 30, 9, 0, false, false",
        "NO_OBJECTION, 30, 10, 0, true, true"
    })
    void oneCollege(ConsentRule rule, int size, int agree, int object, boolean agrees, boolean quorumMet) {
        ValidationResult result =
                ConsentTally.tally(Map.of("PRACTITIONERS", size), answers("PRACTITIONERS", agree, object), rules(rule));

        CollegePosition position = result.colleges().get(0);
        assertThat(position.agrees()).isEqualTo(agrees);
        assertThat(position.quorumMet()).isEqualTo(quorumMet);
        assertThat(position.answered()).isEqualTo(agree + object);
        assertThat(position.agree()).isEqualTo(agree);
        assertThat(position.object()).isEqualTo(object);
        assertThat(result.validated()).isEqualTo(agrees);
        assertThat(result.provisional()).isEqualTo(!quorumMet);
        assertThat(result.objections()).hasSize(object);
    }

    @Test
    void validatedWithObjectionsShownUnderMajority() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("DECISION_MAKERS", 2);
        sizes.put("LIVED_EXPERIENCE", 3);
        sizes.put("PRACTITIONERS", 8);
        List<Answer> answers = new ArrayList<>();
        answers.addAll(answers("LIVED_EXPERIENCE", 2, 1));
        answers.addAll(answers("PRACTITIONERS", 3, 1));
        answers.addAll(answers("DECISION_MAKERS", 2, 0));

        ValidationResult majority = ConsentTally.tally(sizes, answers, rules(ConsentRule.MAJORITY));
        assertThat(majority.validated()).isTrue();
        assertThat(majority.provisional()).isFalse();
        assertThat(majority.colleges())
                .extracting(CollegePosition::college)
                .containsExactly("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
        assertThat(majority.objections())
                .extracting(Answer::reason)
                .containsExactly("LIVED_EXPERIENCE objection 0", "PRACTITIONERS objection 0");

        ValidationResult noObjection = ConsentTally.tally(sizes, answers, rules(ConsentRule.NO_OBJECTION));
        assertThat(noObjection.validated()).isFalse();
        assertThat(noObjection.colleges()).extracting(CollegePosition::agrees).containsExactly(false, false, true);
        assertThat(noObjection.objections()).hasSize(2);
    }

    @Test
    void oneCollegeMissingItsQuorumBlocksAndIsNamed() {
        Map<String, Integer> sizes = Map.of("LIVED_EXPERIENCE", 3, "PRACTITIONERS", 8, "DECISION_MAKERS", 0);
        List<Answer> answers = new ArrayList<>(answers("LIVED_EXPERIENCE", 3, 0));
        answers.addAll(answers("PRACTITIONERS", 1, 0));
        answers.addAll(answers("DECISION_MAKERS", 0, 4)); // an empty college's answers are not counted
        answers.addAll(answers("NOBODY", 0, 1));

        ValidationResult result = ConsentTally.tally(sizes, answers, rules(ConsentRule.MAJORITY));
        assertThat(result.validated()).isFalse();
        assertThat(result.provisional()).isTrue();
        assertThat(result.missing()).containsExactly(new MissingQuorum("PRACTITIONERS", 2));
        assertThat(result.colleges()).hasSize(2);
        assertThat(result.objections()).isEmpty();
    }

    @Test
    void nobodyToAskValidatesNothing() {
        ValidationResult result =
                ConsentTally.tally(Map.of("LIVED_EXPERIENCE", 0), List.of(), rules(ConsentRule.MAJORITY));
        assertThat(result.validated()).isFalse();
        assertThat(result.colleges()).isEmpty();
    }
}
