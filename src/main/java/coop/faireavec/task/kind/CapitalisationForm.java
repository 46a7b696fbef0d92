package coop.faireavec.task.kind;

import jakarta.validation.constraints.Size;

/** The three parts of the capitalisation: what worked, the conditions of success, the transfer kit. */
public record CapitalisationForm(
        @Size(max = 8000, message = "{form.tooLong}") String whatWorked,
        @Size(max = 8000, message = "{form.tooLong}") String conditions,
        @Size(max = 8000, message = "{form.tooLong}") String transferKit) {}
