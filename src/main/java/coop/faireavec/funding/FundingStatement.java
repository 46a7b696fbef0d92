package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The experimentation's funding in the compte-rendu-financier layout (Cerfa 15059, on the associations' chart of
 * accounts): charges 60-68, income 70-78 (74 split by funder kind), voluntary contributions in kind 86 (uses) and 87
 * (sources), each planned vs actual; and the grant applications, asked vs granted. Amounts in euros with cents.
 * Labels are in plain French. Read-only: built by the funding service for reports and the committee.
 *
 * @param charges budget lines 60-68
 * @param income budget lines 70-78
 * @param inKindUses lines 86 (uses of voluntary contributions: volunteers' time, goods and premises lent)
 * @param inKindSources lines 87 (sources: volunteers' and participants' time given, goods, premises)
 * @param grants every grant application
 * @param hourlyValue the hourly value the carrier set for time given (euros per hour)
 * @param hoursGiven hours given at meetings by volunteers and participants (from attendance)
 * @param funders per funder, what was asked, granted, spent and is left, as the funding page shows it (added after
 *     the first contract: the workbook reads them instead of recomputing)
 */
public record FundingStatement(
        List<BudgetRow> charges,
        List<BudgetRow> income,
        List<BudgetRow> inKindUses,
        List<BudgetRow> inKindSources,
        List<GrantRow> grants,
        BigDecimal hourlyValue,
        BigDecimal hoursGiven,
        List<FunderRow> funders) {

    /**
     * A statement without per-funder figures (the first contract's shape; the workbook then lists no funder).
     */
    public FundingStatement(
            List<BudgetRow> charges,
            List<BudgetRow> income,
            List<BudgetRow> inKindUses,
            List<BudgetRow> inKindSources,
            List<GrantRow> grants,
            BigDecimal hourlyValue,
            BigDecimal hoursGiven) {
        this(charges, income, inKindUses, inKindSources, grants, hourlyValue, hoursGiven, List.of());
    }

    /**
     * One funder's figures, with the funding page's definitions.
     *
     * @param funder the funder's name (unique in an experimentation)
     * @param funderKind plain French ("Département", "Fondation / privé"...)
     * @param asked what every application to it asked
     * @param granted what its granted applications granted (others count 0)
     * @param spent the spending charged to it (the part of its grants used)
     * @param left granted minus spent (negative when more was charged than granted)
     */
    public record FunderRow(
            String funder,
            String funderKind,
            BigDecimal asked,
            BigDecimal granted,
            BigDecimal spent,
            BigDecimal left) {}

    /**
     * One line of the budget for one phase (and one funder where it applies).
     *
     * @param account the account number of the chart of accounts ("60", "74", "864"...)
     * @param label the line's plain-French label ("Achats", "Subvention du département"...)
     * @param phase the phase (null: the whole experimentation)
     * @param funder the funder's name (income from a funder, or spending charged to one); null otherwise
     * @param planned the planned amount (budget prévisionnel)
     * @param actual the actual amount (spent or received so far)
     */
    public record BudgetRow(
            String account, String label, Phase phase, String funder, BigDecimal planned, BigDecimal actual) {}

    /**
     * @param funderKind plain French ("État", "Département", "Fondation / privé"...)
     * @param status plain French ("brouillon", "déposée", "accordée", "refusée")
     * @param granted null while not decided
     */
    public record GrantRow(
            String funder,
            String funderKind,
            String programme,
            BigDecimal asked,
            LocalDate submittedOn,
            String status,
            LocalDate decidedOn,
            BigDecimal granted,
            String conditions) {}
}
