package coop.faireavec.task;

import coop.faireavec.contribution.ConsentKind;

/** A step completed for a person by a facilitator: who, and how that person gave their agreement. */
public record RecordedFor(long personId, ConsentKind consent, String consentNote) {}
