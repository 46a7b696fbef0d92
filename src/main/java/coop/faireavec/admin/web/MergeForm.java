package coop.faireavec.admin.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The number of the other record of the same person, to fold into the one shown. */
record MergeForm(
        @NotNull(message = "{form.merge.otherPersonRequired}") @Positive(message = "{form.merge.otherPersonRequired}")
        Long otherPersonId) {

    static MergeForm empty() {
        return new MergeForm(null);
    }
}
