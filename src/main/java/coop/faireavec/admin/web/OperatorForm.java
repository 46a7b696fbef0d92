package coop.faireavec.admin.web;

import coop.faireavec.privacy.OperatorFacts;
import coop.faireavec.privacy.PrivacyPage;
import coop.faireavec.privacy.PrivacyTexts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;

/**
 * The operator's facts and the public pages' replacement texts, as typed by an administrator on the platform page.
 * Every field may be empty: an empty fact falls back to its property, an empty text to the standard one.
 */
record OperatorForm(
        @Size(max = 2000, message = "{form.operator.organisationTooLong}")
        String organisation,

        @Size(max = 2000, message = "{form.operator.addressTooLong}")
        String address,

        @Email(message = "{form.operator.contactEmailInvalid}")
        @Size(max = 254, message = "{form.operator.contactEmailTooLong}")
        String contactEmail,

        @Size(max = 2000, message = "{form.operator.dpoContactTooLong}")
        String dpoContact,

        @Size(max = 2000, message = "{form.operator.hostTooLong}")
        String host,

        @Size(max = 2000, message = "{form.operator.directorTooLong}")
        String director,

        @Size(max = PrivacyTexts.MAX_BODY, message = "{form.operator.noticeTextTooLong}")
        String noticeText,

        @Size(max = PrivacyTexts.MAX_BODY, message = "{form.operator.accessibilityTextTooLong}")
        String accessibilityText,

        @Size(max = PrivacyTexts.MAX_BODY, message = "{form.operator.legalTextTooLong}")
        String legalText) {

    /** The facts and texts in force, to fill the form in. */
    static OperatorForm of(OperatorFacts facts, Map<PrivacyPage, String> texts) {
        return new OperatorForm(
                facts.organisation(),
                facts.address(),
                facts.contactEmail(),
                facts.dpoContact(),
                facts.host(),
                facts.director(),
                texts.get(PrivacyPage.NOTICE),
                texts.get(PrivacyPage.ACCESSIBILITY),
                texts.get(PrivacyPage.LEGAL));
    }

    OperatorFacts facts() {
        return new OperatorFacts(organisation, address, contactEmail, dpoContact, host, director);
    }

    Map<PrivacyPage, String> texts() {
        Map<PrivacyPage, String> texts = new EnumMap<>(PrivacyPage.class);
        texts.put(PrivacyPage.NOTICE, noticeText == null ? "" : noticeText);
        texts.put(PrivacyPage.ACCESSIBILITY, accessibilityText == null ? "" : accessibilityText);
        texts.put(PrivacyPage.LEGAL, legalText == null ? "" : legalText);
        return texts;
    }
}
