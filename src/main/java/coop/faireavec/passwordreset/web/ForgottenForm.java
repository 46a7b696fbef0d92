package coop.faireavec.passwordreset.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "I forgot my password": the e-mail address the link should go to. */
record ForgottenForm(
        @NotBlank(message = "{form.forgotten.emailRequired}")
        @Email(message = "{form.email}")
        @Size(max = 254, message = "{form.forgotten.emailTooLong}")
        String email) {

    static ForgottenForm empty() {
        return new ForgottenForm(null);
    }
}
