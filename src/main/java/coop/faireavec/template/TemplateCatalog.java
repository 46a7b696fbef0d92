package coop.faireavec.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import coop.faireavec.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.*;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Loads the experimentation templates packaged from the top-level templates/ folder, once, at start-up. */
@Service
public class TemplateCatalog {

    static final String LOCATION = "classpath*:experimentation-templates/*/template.yml";
    static final List<String> PHASE_KEYS = List.of("SHARED_DIAGNOSIS", "ACTION_LEADS", "EXPERIMENTING", "CONSOLIDATION");
    static final Set<String> COLLEGES = Set.of("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");

    private final Map<String, ExperimentationTemplate> templates;

    TemplateCatalog() throws IOException {
        this(new PathMatchingResourcePatternResolver().getResources(LOCATION));
    }

    TemplateCatalog(Resource[] resources) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Map<String, ExperimentationTemplate> loaded = new TreeMap<>();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                ExperimentationTemplate template = yaml.readValue(in, ExperimentationTemplate.class);
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
        if (t.colleges() == null || t.colleges().isEmpty() || !COLLEGES.containsAll(t.colleges())) {
            problems.add("colleges must list some of " + COLLEGES);
        }
        ExperimentationTemplate.Durations d = t.durations();
        if (d == null || d.stepDue() == null || d.escalation() == null || d.callForLeads() == null
                || d.observationCycle() == null) {
            problems.add("durations needs step-due, escalation, call-for-leads and observation-cycle");
        } else if (days(d.escalation()) <= days(d.stepDue())) {
            problems.add("durations.escalation must be longer than durations.step-due");
        }
        if (t.phases() == null || !PHASE_KEYS.equals(t.phases().stream().map(ExperimentationTemplate.PhaseTemplate::key).toList())) {
            problems.add("phases must be, in order, " + PHASE_KEYS);
        } else {
            for (ExperimentationTemplate.PhaseTemplate p : t.phases()) {
                if (p.processKey() == null) problems.add("phase " + p.key() + ": process-key is required");
                if (p.duration() == null) problems.add("phase " + p.key() + ": duration is required");
                if (p.name() == null || p.name().get("fr") == null) problems.add("phase " + p.key() + ": name.fr is required");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid experimentation template " + source + ": " + String.join("; ", problems));
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
        return templates.containsKey("precarity-prevention") ? "precarity-prevention" : templates.keySet().iterator().next();
    }
}
