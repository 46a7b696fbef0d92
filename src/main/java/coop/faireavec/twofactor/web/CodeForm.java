package coop.faireavec.twofactor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The second step of a sign-in: the 6-digit code from the app, or a recovery code; and whether to remember this
 * device.
 */
record CodeForm(
        @NotBlank(message = "{form.twoFactor.codeRequired}") @Size(max = 40, message = "{form.twoFactor.codeWrong}")
        String code,

        Boolean remember) {

    static CodeForm empty() {
        return new CodeForm(null, false);
    }

    /** True only if the box was ticked (absent: not ticked). */
    boolean rememberAsked() {
        return Boolean.TRUE.equals(remember);
    }
}
