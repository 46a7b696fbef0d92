package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import java.math.BigDecimal;

/**
 * One line of the planned budget (budget prévisionnel), as the carrier types it.
 *
 * @param phase the phase it is planned for
 * @param account the line of the chart of accounts
 * @param funderId the funder it comes from (income) or is paid by (charges); null when none
 * @param planned euros, at least 0, two decimals at most
 * @param note may be null; at most 500 characters
 */
public record BudgetLineDetails(Phase phase, Account account, Long funderId, BigDecimal planned, String note) {}
