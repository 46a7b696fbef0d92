package coop.faireavec.demo;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FunderKind;
import coop.faireavec.funding.FundingOverview;
import coop.faireavec.funding.FundingService;
import coop.faireavec.funding.GrantStatus;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's funding round, recorded through the funding service on a running experimentation. */
@FaireAvecWebTest
class DemoFundingTest {

    @Autowired
    DemoFunding demo;

    @Autowired
    FundingService funding;

    @Autowired
    TestData data;

    @Test
    void theSeedsFundingRoundHasItsFundersAPendingLeaderApplicationAndABalancedBudgetForPhasesOneAndTwo() {
        TestData.Scenario s = data.runningExperimentation();
        demo.seed(s.experimentationId(), s.carrier().viewer());

        FundingOverview o = funding.overview(s.carrier().viewer(), s.experimentationId());

        assertThat(o.funders())
                .extracting(f -> f.getName(), f -> f.getKind())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Fondation de France", FunderKind.PRIVATE),
                        org.assertj.core.groups.Tuple.tuple("Rennes Métropole", FunderKind.INTERCOMMUNALITY),
                        org.assertj.core.groups.Tuple.tuple("CIAS à l'Ouest de Rennes", FunderKind.SOCIAL_BODY));
        assertThat(o.grants())
                .filteredOn(g -> g.funder().getKind() == FunderKind.EUROPEAN_FUNDS)
                .singleElement()
                .satisfies(g -> assertThat(g.grant().getStatus()).isEqualTo(GrantStatus.SUBMITTED));
        assertThat(o.grants())
                .filteredOn(g -> g.grant().getStatus() == GrantStatus.GRANTED)
                .hasSize(4);
        assertThat(o.phases())
                .extracting(FundingOverview.PhaseBudget::phase)
                .containsExactly(Phase.SHARED_DIAGNOSIS, Phase.ACTION_LEADS);
        assertThat(o.phases())
                .allSatisfy(p -> assertThat(p.planned().balanced()).isTrue());
        assertThat(o.spending()).isNotEmpty();
        assertThat(o.hourlyValue()).isEqualByComparingTo("11.88");
        assertThat(funding.statement(s.experimentationId())).isPresent();
    }
}
