package coop.faireavec.task.web;

import coop.faireavec.contribution.ConsentKind;
import jakarta.validation.constraints.Size;

/** For whom a facilitator fills a step in (null: for themself) and how that person agreed. */
record OnBehalfForm(
        Long onBehalfOf,
        ConsentKind consentKind,
        @Size(max = 1000, message = "{form.tooLong}") String consentNote) {

    static OnBehalfForm empty() {
        return new OnBehalfForm(null, null, null);
    }
}
