package coop.faireavec.funding;

/** Where a grant application stands. Names shown come from {@code funding.grantStatus.<NAME>}. */
public enum GrantStatus {
    DRAFT,
    SUBMITTED,
    GRANTED,
    REFUSED
}
