package coop.faireavec.task.kind;

import jakarta.validation.constraints.Size;

/** The mid-term review's decision on an experiment, and why. */
public record MidTermForm(
        ExperimentDecision decision,
        @Size(max = 8000, message = "{form.tooLong}") String body) {}
