package coop.faireavec.actionlead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A carrier hides a lead or a comment: the reason shown in its place. */
record HideForm(
        @NotBlank(message = "{form.hide.reason.required}") @Size(max = 1000, message = "{form.hide.reason.tooLong}")
        String reason) {

    static HideForm empty() {
        return new HideForm(null);
    }
}
