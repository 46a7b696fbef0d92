package coop.faireavec.decision;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.validation.CollectiveValidationService;
import coop.faireavec.vote.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "The rules in force are frozen when a vote or validation opens" (issue #13, point 1): a vote round and a
 * collective validation keep the rules the carrier set when they opened, whatever the carrier changes afterwards.
 */
@FaireAvecWebTest
class FrozenRulesTest {

    @Autowired
    TestData data;

    @Autowired
    DecisionRulesService rules;

    @Autowired
    VoteService votes;

    @Autowired
    CollectiveValidationService validations;

    @Test
    void aVoteAndAValidationKeepTheCarriersRulesAsTheyWereWhenTheyOpened() {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        EqualFootingRules atOpening = new EqualFootingRules(3, 1, 2, ConsentRule.NO_OBJECTION, 4, 3, 2);
        rules.change(s.carrier().viewer(), exp, atOpening, "127.0.0.1");

        votes.open(exp, "ACTION_LEADS", "frozen-vote-" + exp);
        validations.open(exp, "SHARED_DIAGNOSIS", "frozen-validation-" + exp);
        rules.change(s.carrier().viewer(), exp, EqualFootingRules.defaults(), "127.0.0.1");

        assertThat(rules.rulesFor(exp)).isEqualTo(EqualFootingRules.defaults());
        assertThat(votes.latestResults(exp).orElseThrow().rules()).isEqualTo(atOpening);
        assertThat(validations.ofTask("frozen-validation-" + exp).orElseThrow().rules())
                .isEqualTo(atOpening);
    }
}
