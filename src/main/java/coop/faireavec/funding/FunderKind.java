package coop.faireavec.funding;

/**
 * Who a funder is, as the grant application form (Cerfa 12156, account 74 "subventions d'exploitation") splits
 * operating grants. Names shown to people come from the messages ({@code funding.funderKind.<NAME>}).
 */
public enum FunderKind {
    STATE,
    REGION,
    DEPARTEMENT,
    /** Intercommunality: metropolis, community of communes (EPCI). */
    INTERCOMMUNALITY,
    TOWN,
    /** Social bodies: CAF, CCAS / CIAS, MSA... */
    SOCIAL_BODY,
    /** European funds: FSE+, FEDER, LEADER (through a Pays or a local action group). */
    EUROPEAN_FUNDS,
    /** Private funders: foundations, companies' sponsorship. */
    PRIVATE
}
