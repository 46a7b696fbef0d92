package coop.faireavec.experimentation.web;

import jakarta.validation.constraints.NotNull;

/**
 * How many months a carrier keeps the experimentation's personal data after it closes, as typed. The bounds (1 to
 * the template's maximum) are checked by the controller, since the maximum depends on the experimentation.
 */
record RetentionForm(
        @NotNull(message = "{form.retention.months}") Integer retentionMonths) {}
