package coop.faireavec.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant application as the carrier types it (checked by the form): amounts in euros with at most two decimals,
 * never negative.
 *
 * @param funderId one of the experimentation's funders
 * @param programme the call or programme ("Démarches participatives"), at most 200 characters
 * @param asked the amount asked
 * @param submittedOn null while a draft
 * @param status where it stands
 * @param decidedOn null while not decided
 * @param granted null unless granted
 * @param conditions what the funder asks in return (reports, dates...), may be null; at most 2000 characters
 */
public record GrantDetails(
        long funderId,
        String programme,
        BigDecimal asked,
        LocalDate submittedOn,
        GrantStatus status,
        LocalDate decidedOn,
        BigDecimal granted,
        String conditions) {}
