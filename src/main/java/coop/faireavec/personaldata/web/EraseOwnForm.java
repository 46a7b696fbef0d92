package coop.faireavec.personaldata.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** A person's own erasure: their password typed again, and the box saying they understand it is final. */
record EraseOwnForm(
        @NotBlank(message = "{form.erase.passwordRequired}") String password,

        @AssertTrue(message = "{form.erase.confirmRequired}")
        boolean confirmed) {

    static EraseOwnForm empty() {
        return new EraseOwnForm(null, false);
    }
}
