package coop.faireavec.task.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The committee's decision on a phase; a comment is required when changes are requested. */
record ReviewForm(@NotNull(message = "{form.decisionRequired}") Boolean approved,
                  @Size(max = 4000, message = "{form.tooLong}") String comment) {

    static ReviewForm empty() {
        return new ReviewForm(null, null);
    }
}
