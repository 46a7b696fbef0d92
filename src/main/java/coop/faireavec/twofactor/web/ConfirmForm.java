package coop.faireavec.twofactor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Enrolment: the first code the app shows, which confirms the app has the secret. */
record ConfirmForm(
        @NotBlank(message = "{form.twoFactor.firstCodeRequired}")
        @Size(max = 20, message = "{form.twoFactor.firstCodeWrong}")
        String code) {

    static ConfirmForm empty() {
        return new ConfirmForm(null);
    }
}
