package coop.faireavec.actionlead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a lead. */
record CommentForm(
        @NotBlank(message = "{form.leadComment.body.required}")
        @Size(max = 2000, message = "{form.leadComment.body.tooLong}")
        String body) {

    static CommentForm empty() {
        return new CommentForm(null);
    }
}
