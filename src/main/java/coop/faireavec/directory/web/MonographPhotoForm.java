package coop.faireavec.directory.web;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo as sent with its texts: the alternative text is required (it says what the photo shows to those who do not
 * see it), the caption and credit optional.
 */
record MonographPhotoForm(MultipartFile photo, String altText, String caption, String credit) {

    static MonographPhotoForm empty() {
        return new MonographPhotoForm(null, "", "", "");
    }

    /** Checks the texts (the file is the {@code UploadGuard}'s); the errors go next to their fields. */
    void validate(Errors errors) {
        Fields.text(errors, "altText", altText, true, 300);
        Fields.text(errors, "caption", caption, false, 300);
        Fields.text(errors, "credit", credit, false, 200);
    }

    String alt() {
        return altText.strip();
    }

    String cleanCaption() {
        return Fields.blank(caption) ? null : caption.strip();
    }

    String cleanCredit() {
        return Fields.blank(credit) ? null : credit.strip();
    }
}
