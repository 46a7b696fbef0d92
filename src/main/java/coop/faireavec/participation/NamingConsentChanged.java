package coop.faireavec.participation;

/**
 * Published when a member gives or withdraws their consent to be named in reports: kept reports that name or
 * pseudonymise them must be generated again.
 */
public record NamingConsentChanged(long experimentationId, long personId, boolean named) {}
