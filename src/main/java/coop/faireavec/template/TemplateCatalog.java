package coop.faireavec.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import coop.faireavec.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Loads the experimentation templates packaged from the top-level templates/ folder, once, at start-up. */
@Service
public class TemplateCatalog {

    static final String LOCATION = "classpath*:experimentation-templates/*/template.yml";
    static final List<String> PHASE_KEYS =
            List.of("SHARED_DIAGNOSIS", "ACTION_LEADS", "EXPERIMENTING", "CONSOLIDATION");
    static final Set<String> COLLEGES = Set.of("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
    /** The names of {@code coop.faireavec.meeting.MeetingKind} (kept as text, like the phases and colleges). */
    static final List<String> MEETING_KINDS =
            List.of("PLENARY", "PEER_SESSION", "CROSSED_DISCUSSION", "WORKING_GROUP", "STEERING_COMMITTEE");

    private final Map<String, ExperimentationTemplate> templates;

    TemplateCatalog() throws IOException {
        this(new PathMatchingResourcePatternResolver().getResources(LOCATION));
    }

    TemplateCatalog(Resource[] resources) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Map<String, ExperimentationTemplate> loaded = new TreeMap<>();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                ExperimentationTemplate template = yaml.readValue(in, ExperimentationTemplate.class);
                if (template == null) {
                    throw new IllegalStateException(
                            "Invalid experimentation template " + resource.getDescription() + ": the file is empty");
                }
                validate(template, resource.getDescription());
                loaded.put(template.key(), template);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No experimentation template found at " + LOCATION);
        }
        this.templates = Collections.unmodifiableMap(loaded);
    }

    /** A broken kit must stop the start-up with a message that says what to fix. */
    static void validate(ExperimentationTemplate t, String source) {
        List<String> problems = new ArrayList<>();
        if (t.key() == null || !t.key().matches("[a-z0-9-]+")) problems.add("key must be lower-case words with dashes");
        if (t.name() == null || t.name().get("fr") == null) problems.add("name.fr is required");
        if (t.description() == null || t.description().get("fr") == null) problems.add("description.fr is required");
        if (t.processKey() == null) problems.add("process-key is required");
        if (t.colleges() == null
                || t.colleges().isEmpty()
                || !t.colleges().stream().allMatch(c -> c != null && COLLEGES.contains(c))) {
            problems.add("colleges must list some of " + COLLEGES);
        }
        ExperimentationTemplate.Durations d = t.durations();
        if (d == null
                || d.stepDue() == null
                || d.escalation() == null
                || d.callForLeads() == null
                || d.observationCycle() == null) {
            problems.add("durations needs step-due, escalation, call-for-leads and observation-cycle");
        } else if (days(d.escalation()) <= days(d.stepDue())) {
            problems.add("durations.escalation must be longer than durations.step-due");
        }
        if (t.phases() == null
                || !PHASE_KEYS.equals(
                        t.phases().stream().map(p -> p == null ? null : p.key()).toList())) {
            problems.add("phases must be, in order, " + PHASE_KEYS);
        } else {
            for (ExperimentationTemplate.PhaseTemplate p : t.phases()) {
                if (p.processKey() == null) problems.add("phase " + p.key() + ": process-key is required");
                if (p.duration() == null) problems.add("phase " + p.key() + ": duration is required");
                if (p.name() == null || p.name().get("fr") == null)
                    problems.add("phase " + p.key() + ": name.fr is required");
            }
        }
        validateMeetingRules(t, problems);
        validateDecisionRules(t.decisionRules(), problems);
        if (t.retentionMonthsMax() != null) {
            range(t.retentionMonthsMax(), 1, 120, "retention-months-max", problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Invalid experimentation template " + source + ": " + String.join("; ", problems));
        }
    }

    /** Meeting rules are optional (built-in defaults apply); when given, each must be a rule a meeting can meet. */
    private static void validateMeetingRules(ExperimentationTemplate t, List<String> problems) {
        if (t.meetingRules() == null) {
            return;
        }
        List<String> colleges = t.colleges() == null ? List.of() : t.colleges();
        t.meetingRules().forEach((kind, rule) -> {
            String where = "meeting-rules." + kind + ": ";
            if (kind == null || !MEETING_KINDS.contains(kind)) {
                problems.add("meeting-rules: unknown kind of meeting " + kind + " (known: " + MEETING_KINDS + ")");
                return;
            }
            if (rule == null
                    || rule.requiredColleges() == null
                    || rule.minPerCollege() == null
                    || rule.maxSharePercent() == null) {
                problems.add(where + "needs required-colleges (may be []), min-per-college and max-share-percent");
                return;
            }
            for (String college : rule.requiredColleges()) {
                if (college == null || !colleges.contains(college)) {
                    problems.add(
                            where + "required college " + college + " is not one of the kit's colleges " + colleges);
                }
            }
            if (rule.minPerCollege() < 0 || rule.minPerCollege() > 50) {
                problems.add(where + "min-per-college must be between 0 and 50");
            }
            if (rule.maxSharePercent() < 1 || rule.maxSharePercent() > 100) {
                problems.add(where + "max-share-percent must be between 1 and 100");
            } else if (!colleges.isEmpty() && rule.maxSharePercent() * colleges.size() < 100) {
                problems.add(where + "max-share-percent " + rule.maxSharePercent() + " can never be met with "
                        + colleges.size() + " colleges (each would have to stay under it)");
            }
        });
    }

    /**
     * Decision rules are optional (built-in defaults apply); when given, every rule is needed, in the ranges of
     * {@code decision.EqualFootingRules}.
     */
    static void validateDecisionRules(ExperimentationTemplate.DecisionRules r, List<String> problems) {
        if (r == null) {
            return;
        }
        if (r.quorumMinVoters() == null
                || r.quorumShare() == null
                || r.consentRule() == null
                || r.smallCollegeBelow() == null
                || r.disagreementGap() == null
                || r.preselectedLeads() == null) {
            problems.add("decision-rules needs quorum-min-voters, quorum-share, consent-rule, small-college-below,"
                    + " disagreement-gap and preselected-leads");
            return;
        }
        range(r.quorumMinVoters(), 1, 1000, "decision-rules.quorum-min-voters", problems);
        Matcher share =
                Pattern.compile("(\\d{1,3})/(\\d{1,3})").matcher(r.quorumShare().strip());
        if (!share.matches()
                || Integer.parseInt(share.group(2)) < 1
                || Integer.parseInt(share.group(2)) > 100
                || Integer.parseInt(share.group(1)) > Integer.parseInt(share.group(2))) {
            problems.add("decision-rules.quorum-share must be n/d with d from 1 to 100 and n at most d (e.g. 1/3)");
        }
        if (!List.of("MAJORITY", "NO_OBJECTION").contains(r.consentRule())) {
            problems.add("decision-rules.consent-rule must be MAJORITY or NO_OBJECTION");
        }
        range(r.smallCollegeBelow(), 0, 1000, "decision-rules.small-college-below", problems);
        range(r.disagreementGap(), 1, 3, "decision-rules.disagreement-gap", problems);
        range(r.preselectedLeads(), 0, 100, "decision-rules.preselected-leads", problems);
    }

    private static void range(int value, int min, int max, String name, List<String> problems) {
        if (value < min || value > max) {
            problems.add(name + " must be between " + min + " and " + max);
        }
    }

    /** Days in a period given in days, weeks or months (a month counts 30 days). */
    public static int days(java.time.Period p) {
        return p.getDays() + p.getMonths() * 30 + p.getYears() * 365;
    }

    public List<ExperimentationTemplate> all() {
        return List.copyOf(templates.values());
    }

    public ExperimentationTemplate get(String key) {
        ExperimentationTemplate t = templates.get(key);
        if (t == null) {
            throw new NotFoundException("template", key);
        }
        return t;
    }

    public boolean exists(String key) {
        return key != null && templates.containsKey(key);
    }

    public String defaultKey() {
        return templates.containsKey("precarity-prevention")
                ? "precarity-prevention"
                : templates.keySet().iterator().next();
    }
}
