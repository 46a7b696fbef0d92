package coop.faireavec.contribution;

/** What a step stores; phase and step key say where in the method it was said. */
public record NewContribution(long experimentationId, String phase, String stepKey, String taskId, String college,
                              Long leadId, String section, String decision, String body, Long authorId,
                              long recordedById) {
}
