package coop.faireavec.directory;

import java.util.List;

/**
 * What a monograph's form gives (issue #17, point 3): the texts (plain text, paragraphs separated by a blank line;
 * null when left empty except {@code title} and {@code whatItDoes}), the contact (an organisation's own, or a
 * person's when {@code contactPersonAgreed}), the organisation it is about and some of that organisation's services.
 */
public record MonographDetails(
        long structureId,
        List<Long> serviceIds,
        String title,
        String whatItDoes,
        String forWhom,
        String howItStarted,
        String howItWorks,
        String itsValues,
        String transferable,
        String contactName,
        String contactPhone,
        String contactEmail,
        boolean contactPersonAgreed) {

    public MonographDetails {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }
}
