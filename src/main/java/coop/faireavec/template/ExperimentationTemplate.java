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
        @JsonProperty("meeting-rules") Map<String, MeetingRule> meetingRules,
        @JsonProperty("decision-rules") DecisionRules decisionRules,
        @JsonProperty("retention-months-max") Integer retentionMonthsMax) {

    /** The longest retention period after closing a kit without {@code retention-months-max} allows, in months. */
    public static final int DEFAULT_RETENTION_MONTHS_MAX = 60;

    /**
     * The longest retention period after closing a carrier may set for an experimentation of this kit (issue #16,
     * point 10): the kit's {@code retention-months-max}, else {@value #DEFAULT_RETENTION_MONTHS_MAX}.
     *
     * @return months, 1 or more
     */
    public int retentionMonthsMaxOrDefault() {
        return retentionMonthsMax == null ? DEFAULT_RETENTION_MONTHS_MAX : retentionMonthsMax;
    }

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

    /**
     * The equal-footing rules of votes and validations (issue #13), as the kit writes them; read into
     * {@code decision.EqualFootingRules} by the decision module. Optional: a kit without them uses the built-in
     * defaults. The ranges are checked by {@link TemplateCatalog} at start-up.
     *
     * @param quorumMinVoters   the fewest voters a college of 2 or more needs (1 to 1000)
     * @param quorumShare       the share of a college's members its quorum needs, written {@code n/d} (e.g. 1/3)
     * @param consentRule       {@code MAJORITY} or {@code NO_OBJECTION}
     * @param smallCollegeBelow a college with fewer voters shows only its turnout and median (0 to 1000)
     * @param disagreementGap   how many grades apart two colleges' medians mark a disagreement (1 to 3)
     * @param preselectedLeads  how many top-ranked leads the action plan preselects (0 to 100)
     */
    public record DecisionRules(
            @JsonProperty("quorum-min-voters") Integer quorumMinVoters,
            @JsonProperty("quorum-share") String quorumShare,
            @JsonProperty("consent-rule") String consentRule,
            @JsonProperty("small-college-below") Integer smallCollegeBelow,
            @JsonProperty("disagreement-gap") Integer disagreementGap,
            @JsonProperty("preselected-leads") Integer preselectedLeads) {}

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
