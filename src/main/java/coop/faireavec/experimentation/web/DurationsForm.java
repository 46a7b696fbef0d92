package coop.faireavec.experimentation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Durations in days, as a carrier types them, and the version of the experimentation the form was filled from. */
record DurationsForm(
        @NotNull(message = "{form.days.stepDueDays}")
        @Min(value = 1, message = "{form.days.stepDueDays}")
        @Max(value = 365, message = "{form.days.stepDueDays}")
        Integer stepDueDays,

        @NotNull(message = "{form.days.escalationDays}")
        @Min(value = 1, message = "{form.days.escalationDays}")
        @Max(value = 365, message = "{form.days.escalationDays}")
        Integer escalationDays,

        @NotNull(message = "{form.days.callForLeadsDays}")
        @Min(value = 1, message = "{form.days.callForLeadsDays}")
        @Max(value = 365, message = "{form.days.callForLeadsDays}")
        Integer callForLeadsDays,

        @NotNull(message = "{form.days.observationCycleDays}")
        @Min(value = 1, message = "{form.days.observationCycleDays}")
        @Max(value = 365, message = "{form.days.observationCycleDays}")
        Integer observationCycleDays,

        Long version) {}
