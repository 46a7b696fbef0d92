package coop.faireavec.task.kind;

/** The form of a step with no field to fill in (e.g. closing the call for leads early). */
public record NoForm() {}
