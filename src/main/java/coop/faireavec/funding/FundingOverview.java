package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the funding page shows, for the carrier and the committee. Amounts in euros with cents.
 *
 * @param funders every funder, in the order they were added
 * @param funderSummaries per funder: asked, granted, spent charged to it, and what is left of what was granted
 * @param grants every grant application with its funder
 * @param lines every line of the planned budget with its funder's name
 * @param spending everything spent, with the funder charged
 * @param phases the budget of each phase that has a line, spending or time given, in phase order (phase null last:
 *     meetings that belong to no phase)
 * @param total the whole experimentation's balance
 * @param hourlyValue the hourly value of time given, null while the carrier has not set it
 * @param hourlyValueVersion the version of the setting the page was drawn from (0 when none)
 * @param hoursGiven hours given at meetings by the counted colleges ({@link InKindTime})
 * @param timeValue those hours at the hourly value (0 while no hourly value is set)
 */
public record FundingOverview(
        List<Funder> funders,
        List<FunderSummary> funderSummaries,
        List<GrantView> grants,
        List<LineView> lines,
        List<SpendingView> spending,
        List<PhaseBudget> phases,
        Balance total,
        BigDecimal hourlyValue,
        long hourlyValueVersion,
        BigDecimal hoursGiven,
        BigDecimal timeValue) {

    /** True when nothing is recorded yet (the page then says how to start). */
    public boolean empty() {
        return funders.isEmpty() && lines.isEmpty() && spending.isEmpty();
    }

    /** @param left granted minus spent (negative when more was spent than granted) */
    public record FunderSummary(
            Funder funder, BigDecimal asked, BigDecimal granted, BigDecimal spent, BigDecimal left) {}

    public record GrantView(GrantApplication grant, Funder funder) {}

    /** @param funderName null when the line names no funder */
    public record LineView(BudgetLine line, String funderName) {}

    /** @param funderName null when charged to no funder */
    public record SpendingView(Spending spending, String funderName) {}

    /**
     * One row of the budget: an account, for one phase and maybe one funder, planned vs actual.
     *
     * @param funder the funder's name, null when none
     */
    public record Figures(Account account, Phase phase, String funder, BigDecimal planned, BigDecimal actual) {

        /** Actual minus planned. */
        public BigDecimal difference() {
            return actual.subtract(planned);
        }
    }

    /**
     * One phase's budget.
     *
     * @param phase null for meetings that belong to no phase
     * @param rows charges, income, in-kind uses and sources, in chart order
     * @param planned the planned balance (the budget prévisionnel: it must balance)
     * @param actual the actual balance so far
     */
    public record PhaseBudget(Phase phase, List<Figures> rows, Balance planned, Balance actual) {}

    /**
     * The two sides of a budget: uses (charges + 86) and sources (income + 87).
     *
     * @param gap sources minus uses: 0 when balanced, negative when the charges are not covered
     */
    public record Balance(
            BigDecimal charges, BigDecimal inKindUses, BigDecimal income, BigDecimal inKindSources, BigDecimal gap) {

        /** True when uses equal sources to the cent. */
        public boolean balanced() {
            return gap.signum() == 0;
        }

        /** Charges + in-kind uses (86). */
        public BigDecimal uses() {
            return charges.add(inKindUses);
        }

        /** Income + in-kind sources (87). */
        public BigDecimal sources() {
            return income.add(inKindSources);
        }

        /** The gap's size, without its sign (for the page's sentence). */
        public BigDecimal gapSize() {
            return gap.abs();
        }
    }
}
