package coop.faireavec.ui;

import coop.faireavec.contribution.ConsentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the "name in reports" pages and of the change (correct / withdraw) page of a contribution. */
final class NamingForms {

    private NamingForms() {}

    /** A member's own choice: named true (appear with my name) or false (appear under my pseudonym). */
    record ChoiceForm(
            @NotNull(message = "{form.naming.choiceRequired}")
            Boolean named) {}

    /** A carrier notes the member's choice, and how the member told it. */
    record NoteForm(
            @NotNull(message = "{form.naming.choiceRequired}")
            Boolean named,

            ConsentKind consentKind,

            @Size(max = 1000, message = "{form.consentNote.tooLong}")
            String consentNote) {}

    /**
     * A corrected text, or a withdrawal (the same form, another button: the text is then ignored, and the box
     * confirmWithdraw must be ticked); consent fields when a carrier acts for the author.
     */
    record ChangeForm(
            @NotBlank(message = "{form.contribution.bodyRequired}")
            @Size(max = 8000, message = "{form.contribution.bodyTooLong}")
            String body,

            ConsentKind consentKind,

            @Size(max = 1000, message = "{form.consentNote.tooLong}")
            String consentNote,

            Boolean confirmWithdraw) {}
}
