package coop.faireavec.contribution;

/**
 * What a step stores; phase and step key say where in the method it was said. When recordedById is not the
 * author, consentKind (and a note for OTHER) says how the author agreed.
 */
public record NewContribution(
        long experimentationId,
        String phase,
        String stepKey,
        String taskId,
        String college,
        Long leadId,
        String section,
        String decision,
        String body,
        Long authorId,
        long recordedById,
        ConsentKind consentKind,
        String consentNote) {

    /** Said and typed by the same person. */
    public NewContribution(
            long experimentationId,
            String phase,
            String stepKey,
            String taskId,
            String college,
            Long leadId,
            String section,
            String decision,
            String body,
            Long authorId,
            long recordedById) {
        this(
                experimentationId,
                phase,
                stepKey,
                taskId,
                college,
                leadId,
                section,
                decision,
                body,
                authorId,
                recordedById,
                null,
                null);
    }

    public NewContribution {
        if (authorId != null && authorId != recordedById && consentKind == null) {
            throw new IllegalArgumentException("recording for someone else needs their consent");
        }
        if (consentKind == ConsentKind.OTHER && (consentNote == null || consentNote.isBlank())) {
            throw new IllegalArgumentException("say how the person agreed");
        }
    }
}
