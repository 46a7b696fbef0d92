package coop.faireavec.directory.web;

import org.springframework.validation.Errors;

/** An experimentation citing a monograph: which one (its id, as typed) and an optional note on why. */
record CitationForm(String monographId, String note) {

    static CitationForm empty() {
        return new CitationForm("", "");
    }

    /** The monograph's id, or null with the error next to its field. */
    Long validate(Errors errors) {
        Long id = null;
        if (Fields.blank(monographId)) {
            Fields.reject(errors, "monographId", "required");
        } else {
            try {
                id = Long.parseLong(monographId.strip());
            } catch (NumberFormatException e) {
                Fields.reject(errors, "monographId", "required");
            }
        }
        Fields.text(errors, "note", note, false, 1000);
        return errors.hasErrors() ? null : id;
    }

    String cleanNote() {
        return Fields.blank(note) ? null : note.strip();
    }
}
