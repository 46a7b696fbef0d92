package coop.faireavec.task.web;

import jakarta.validation.constraints.Size;

/**
 * A carrier closes a step shared by every member (a call, a vote, a validation).
 *
 * @param reason why it closes now; required when a college is below its quorum (shown in the results and the
 *     report), at most 2,000 characters
 */
record ClosingForm(
        @Size(max = 2000, message = "{form.closingReason.tooLong}")
        String reason) {

    static ClosingForm empty() {
        return new ClosingForm(null);
    }
}
