package coop.faireavec.task.kind;

import jakarta.validation.constraints.Size;

/** A college agrees with a text, or says what must change (then the comment is required). */
public record ValidationForm(
        Agreement decision,
        @Size(max = 8000, message = "{form.tooLong}") String body) {}
