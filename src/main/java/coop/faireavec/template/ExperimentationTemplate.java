package coop.faireavec.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A transferable kit (see templates/README.md), as read from its template.yml. */
public record ExperimentationTemplate(
        String key,
        Map<String, String> name,
        Map<String, String> description,
        @JsonProperty("process-key") String processKey,
        @JsonProperty("planned-duration") Period plannedDuration,
        List<String> colleges,
        Durations durations,
        List<PhaseTemplate> phases,
        @JsonProperty("meeting-rules") Map<String, MeetingRule> meetingRules) {

    /** Default durations copied into each new experimentation. */
    public record Durations(
            @JsonProperty("step-due") Period stepDue,
            Period escalation,
            @JsonProperty("call-for-leads") Period callForLeads,
            @JsonProperty("observation-cycle") Period observationCycle) {}

    /**
     * Composition rule of one kind of meeting (equal footing), copied as the default of each experimentation.
     *
     * @param requiredColleges colleges that must be present (empty: none)
     * @param minPerCollege    people needed from each required college (0 to 50)
     * @param maxSharePercent  largest share of those present one college may have (1 to 100; 100: no limit)
     */
    public record MeetingRule(
            @JsonProperty("required-colleges") List<String> requiredColleges,
            @JsonProperty("min-per-college") Integer minPerCollege,
            @JsonProperty("max-share-percent") Integer maxSharePercent) {}

    public String name(Locale locale) {
        return LocalizedText.pick(name, locale);
    }

    public String description(Locale locale) {
        return LocalizedText.pick(description, locale);
    }

    /** The kit's rule for a kind of meeting (a {@code MeetingKind} name), or null when the kit has none. */
    public MeetingRule meetingRule(String kind) {
        return meetingRules == null ? null : meetingRules.get(kind);
    }

    public PhaseTemplate phase(String phaseKey) {
        return phases.stream().filter(p -> p.key().equals(phaseKey)).findFirst().orElse(null);
    }

    public record PhaseTemplate(
            String key,
            @JsonProperty("process-key") String processKey,
            Period duration,
            Map<String, String> name,
            Map<String, String> description) {

        public String name(Locale locale) {
            return LocalizedText.pick(name, locale);
        }

        public String description(Locale locale) {
            return LocalizedText.pick(description, locale);
        }
    }

    static final class LocalizedText {
        private LocalizedText() {}

        /** The text in the viewer's language, French when it is missing (French is required). */
        static String pick(Map<String, String> texts, Locale locale) {
            if (texts == null) {
                return "";
            }
            String text = texts.get(locale.getLanguage());
            return text != null ? text : texts.getOrDefault("fr", "");
        }
    }
}
