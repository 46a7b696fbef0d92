package coop.faireavec.task.kind;

import jakarta.validation.constraints.Size;

/** A step that collects one text. */
public record TextForm(
        @Size(max = 8000, message = "{form.tooLong}") String body) {}
