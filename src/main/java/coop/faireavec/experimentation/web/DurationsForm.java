package coop.faireavec.experimentation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Durations in days, as a carrier types them, and the version of the experimentation the form was filled from. */
record DurationsForm(
        @NotNull(message = "{form.days}") @Min(value = 1, message = "{form.days}") @Max(value = 365, message = "{form.days}") Integer stepDueDays,
        @NotNull(message = "{form.days}") @Min(value = 1, message = "{form.days}") @Max(value = 365, message = "{form.days}") Integer escalationDays,
        @NotNull(message = "{form.days}") @Min(value = 1, message = "{form.days}") @Max(value = 365, message = "{form.days}") Integer callForLeadsDays,
        @NotNull(message = "{form.days}") @Min(value = 1, message = "{form.days}") @Max(value = 365, message = "{form.days}") Integer observationCycleDays,
        Long version) {
}
