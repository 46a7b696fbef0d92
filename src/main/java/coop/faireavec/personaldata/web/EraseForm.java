package coop.faireavec.personaldata.web;

import jakarta.validation.constraints.NotNull;

/** An administrator's erasure of a person: the person's number typed again, so that no one is erased by mistake. */
record EraseForm(
        @NotNull(message = "{form.erase.numberRequired}") Long typedNumber) {

    static EraseForm empty() {
        return new EraseForm(null);
    }
}
