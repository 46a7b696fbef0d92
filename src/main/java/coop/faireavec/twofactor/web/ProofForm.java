package coop.faireavec.twofactor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Turning two-factor sign-in off, or new recovery codes: a current code from the app, or the password. */
record ProofForm(
        @NotBlank(message = "{form.twoFactor.proofRequired}") @Size(max = 200, message = "{form.twoFactor.proofWrong}")
        String proof) {

    static ProofForm empty() {
        return new ProofForm(null);
    }
}
