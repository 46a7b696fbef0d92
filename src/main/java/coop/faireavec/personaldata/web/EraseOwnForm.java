package coop.faireavec.personaldata.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A person's own erasure: their password typed again, and the box saying they understand it is final (checked by
 * the controller: a box left unticked sends nothing, so it is null here).
 */
record EraseOwnForm(
        @NotBlank(message = "{form.erase.passwordRequired}") String password, Boolean confirmed) {

    static EraseOwnForm empty() {
        return new EraseOwnForm(null, false);
    }
}
