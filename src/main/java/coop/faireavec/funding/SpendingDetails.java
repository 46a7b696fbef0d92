package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money spent, as the carrier records it: a charge (60 to 68).
 *
 * @param spentOn the date it was spent
 * @param amount euros, at least 0, two decimals at most
 * @param account a charge line (60 to 68)
 * @param phase the phase it was spent for
 * @param funderId the funder it is charged to; null when none
 * @param note may be null; at most 500 characters
 */
public record SpendingDetails(
        LocalDate spentOn, BigDecimal amount, Account account, Phase phase, Long funderId, String note) {}
