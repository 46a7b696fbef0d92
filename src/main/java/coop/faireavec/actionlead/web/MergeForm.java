package coop.faireavec.actionlead.web;

import jakarta.validation.constraints.NotNull;

/** A carrier merges a lead into another one (the lead kept). */
record MergeForm(
        @NotNull(message = "{form.merge.into.required}") Long into) {

    static MergeForm empty() {
        return new MergeForm(null);
    }
}
