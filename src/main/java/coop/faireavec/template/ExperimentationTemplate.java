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
        List<PhaseTemplate> phases) {

    /** Default durations copied into each new experimentation. */
    public record Durations(
            @JsonProperty("step-due") Period stepDue,
            Period escalation,
            @JsonProperty("call-for-leads") Period callForLeads,
            @JsonProperty("observation-cycle") Period observationCycle) {
    }

    public String name(Locale locale) {
        return LocalizedText.pick(name, locale);
    }

    public String description(Locale locale) {
        return LocalizedText.pick(description, locale);
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
        private LocalizedText() {
        }

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
