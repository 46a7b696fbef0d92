package coop.faireavec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.decision.Answer;
import coop.faireavec.decision.ConsentRule;
import coop.faireavec.decision.ConsentTally;
import coop.faireavec.decision.EqualFootingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outcome of a closed validation ({@link CollectiveValidationService#validated}): the tally's when every college
 * reached its quorum; on a close below a quorum (with the carrier's reason), validated only when a college reached
 * its quorum and every college that answered agrees by its own answers. Colleges of 3, 8 and 2 members (quorums 2,
 * 3 and 2 at the default rules).
 */
class ClosingBelowQuorumTest {

    private static final Map<String, Integer> SIZES =
            Map.of("LIVED_EXPERIENCE", 3, "PRACTITIONERS", 8, "DECISION_MAKERS", 2);

    /** Answers as agree/object counts per college: lived, practitioners, decision makers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "every quorum met and every college agrees, 2,0, 3,0, 2,0, MAJORITY, true",
        "every quorum met and one college objects, 1,1, 3,0, 2,0, MAJORITY, false",
        "lived below quorum but agreeing, 1,0, 3,0, 2,0, MAJORITY, true",
        "lived below quorum and objecting, 0,1, 3,0, 2,0, MAJORITY, false",
        "lived silent: named missing but not blocking, 0,0, 3,0, 2,0, MAJORITY, true",
        "nobody reached a quorum, 1,0, 2,0, 1,0, MAJORITY, false",
        "decision makers below quorum and objecting under no-objection, 1,0, 3,0, 0,1, NO_OBJECTION, false",
        "below quorum: half objecting is no majority, 1,1, 3,0, 2,0, MAJORITY, false",
    })
    void aCollegesVoiceIsNeverOverruledAndSilenceAloneDoesNotStopTheWork(
            String name,
            int livedAgree,
            int livedObject,
            int practitionersAgree,
            int practitionersObject,
            int decidersAgree,
            int decidersObject,
            ConsentRule rule,
            boolean validated) {
        List<Answer> answers = new ArrayList<>();
        add(answers, "LIVED_EXPERIENCE", livedAgree, livedObject);
        add(answers, "PRACTITIONERS", practitionersAgree, practitionersObject);
        add(answers, "DECISION_MAKERS", decidersAgree, decidersObject);
        EqualFootingRules d = EqualFootingRules.defaults();
        EqualFootingRules rules = new EqualFootingRules(
                d.quorumMinVoters(),
                d.quorumShareNumerator(),
                d.quorumShareDenominator(),
                rule,
                d.smallCollegeBelow(),
                d.disagreementGap(),
                d.preselectedLeads());
        assertThat(CollectiveValidationService.validated(ConsentTally.tally(SIZES, answers, rules), rules))
                .isEqualTo(validated);
    }

    private static void add(List<Answer> answers, String college, int agree, int object) {
        for (int i = 0; i < agree; i++) {
            answers.add(new Answer(college, true, null));
        }
        for (int i = 0; i < object; i++) {
            answers.add(new Answer(college, false, "Il manque quelque chose."));
        }
    }
}
