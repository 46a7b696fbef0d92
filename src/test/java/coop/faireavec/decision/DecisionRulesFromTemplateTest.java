package coop.faireavec.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.template.ExperimentationTemplate.DecisionRules;
import org.junit.jupiter.api.Test;

/** A template's decision-rules block read into the rules (the web test covers the default kit end to end). */
class DecisionRulesFromTemplateTest {

    @Test
    void everyValueOfTheKitIsRead() {
        assertThat(DecisionRulesService.fromTemplate(new DecisionRules(3, " 2/5 ", "NO_OBJECTION", 4, 1, 5)))
                .isEqualTo(new EqualFootingRules(3, 2, 5, ConsentRule.NO_OBJECTION, 4, 1, 5));
    }

    @Test
    void aKitWithoutTheBlockUsesTheDefaults() {
        assertThat(DecisionRulesService.fromTemplate(null)).isEqualTo(EqualFootingRules.defaults());
    }

    @Test
    void aValueTheRulesCannotHoldIsRefused() {
        assertThatThrownBy(() -> DecisionRulesService.fromTemplate(new DecisionRules(2, "1:3", "MAJORITY", 3, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quorum-share");
        assertThatThrownBy(() -> DecisionRulesService.fromTemplate(new DecisionRules(2, "1/3", "MAJORITY", 3, 9, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disagreement-gap");
    }
}
