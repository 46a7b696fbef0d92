package coop.faireavec.web;

import coop.faireavec.contribution.ConsentKind;
import org.springframework.validation.Errors;

/**
 * The "how did the person agree" fields of every form where someone records for another person (a step, a meeting's
 * words, a minutes validation): the kind is required, and "other" needs a few words. Errors go on the form's
 * {@code consentKind} and {@code consentNote} fields.
 */
public final class ConsentFields {

    private ConsentFields() {}

    public static void check(ConsentKind kind, String note, Errors errors) {
        if (kind == null) {
            errors.rejectValue("consentKind", "form.consentRequired");
        } else if (kind == ConsentKind.OTHER && (note == null || note.isBlank())) {
            errors.rejectValue("consentNote", "form.consentNoteRequired");
        }
    }
}
