package coop.faireavec.task.web;

import coop.faireavec.contribution.ConsentKind;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The fields of every step form; which ones are required depends on the kind of step. */
record StepForm(
        @Size(max = 8000, message = "{form.tooLong}") String body,
        String decision,
        List<Long> leadIds,
        @Size(max = 8000, message = "{form.tooLong}") String whatWorked,
        @Size(max = 8000, message = "{form.tooLong}") String conditions,
        @Size(max = 8000, message = "{form.tooLong}") String transferKit,
        Long onBehalfOf,
        ConsentKind consentKind,
        @Size(max = 1000, message = "{form.tooLong}") String consentNote) {

    static StepForm empty() {
        return new StepForm(null, null, null, null, null, null, null, null, null);
    }
}
