package coop.faireavec.task.kind;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The committee's decision on a phase; a comment is required when changes are requested. */
public record ReviewForm(
        @NotNull(message = "{form.decisionRequired}") Boolean approved,
        @Size(max = 4000, message = "{form.tooLong}") String comment) {}
