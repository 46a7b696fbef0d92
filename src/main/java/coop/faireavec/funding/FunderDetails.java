package coop.faireavec.funding;

/**
 * What the carrier says about a funder (checked by the form).
 *
 * @param name as the funder calls itself ("Conseil départemental d'Ille-et-Vilaine"), at most 200 characters
 * @param kind its kind, which decides its operating-grant line (74)
 */
public record FunderDetails(String name, FunderKind kind) {}
