package coop.faireavec.meeting;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.template.ExperimentationTemplate;
import coop.faireavec.template.TemplateCatalog;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The composition rule (equal footing) each kind of meeting follows in an experimentation: the carrier's own when
 * they changed it, else the experimentation's template's, else the built-in default.
 */
@Service
@Transactional(readOnly = true)
public class MeetingRules {

    private final MeetingRuleOverrideRepository overrides;
    private final ExperimentationService experimentations;
    private final TemplateCatalog templates;
    private final AccessGuard guard;

    MeetingRules(
            MeetingRuleOverrideRepository overrides,
            ExperimentationService experimentations,
            TemplateCatalog templates,
            AccessGuard guard) {
        this.overrides = overrides;
        this.experimentations = experimentations;
        this.templates = templates;
        this.guard = guard;
    }

    /** The rule in force, with no access check: for services that already checked the viewer (e.g. meetings). */
    public CompositionRule ruleFor(long experimentationId, MeetingKind kind) {
        return overrides
                .findByExperimentationIdAndKind(experimentationId, kind)
                .map(MeetingRuleOverride::rule)
                .orElseGet(() -> templateRuleFor(experimentationId, kind));
    }

    /** The rule the experimentation's template gives for that kind (what a carrier's change departs from). */
    public CompositionRule templateRuleFor(long experimentationId, MeetingKind kind) {
        ExperimentationTemplate template = templates.get(experimentations.templateKeyOf(experimentationId));
        ExperimentationTemplate.MeetingRule fromKit = template.meetingRule(kind.name());
        if (fromKit != null) {
            Set<College> colleges = fromKit.requiredColleges().stream()
                    .map(College::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(College.class)));
            return new CompositionRule(colleges, fromKit.minPerCollege(), fromKit.maxSharePercent());
        }
        // a kit without this rule: the built-in default, asking only for colleges the kit has
        CompositionRule builtIn = CompositionRule.defaultFor(kind);
        Set<College> colleges = builtIn.requiredColleges().stream()
                .filter(c -> template.colleges().contains(c.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(College.class)));
        return new CompositionRule(colleges, builtIn.minPerCollege(), builtIn.maxSharePercent());
    }

    /** Every kind's rule in force, for a member of the experimentation. */
    public Map<MeetingKind, CompositionRule> rulesOf(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        Map<MeetingKind, CompositionRule> rules = new EnumMap<>(MeetingKind.class);
        for (MeetingKind kind : MeetingKind.values()) {
            rules.put(kind, ruleFor(experimentationId, kind));
        }
        return rules;
    }

    /** The kinds whose rule the carrier changed from the template's, for a member of the experimentation. */
    public Set<MeetingKind> changedKinds(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        Set<MeetingKind> kinds = EnumSet.noneOf(MeetingKind.class);
        overrides.findByExperimentationId(experimentationId).forEach(o -> kinds.add(o.getKind()));
        return kinds;
    }

    /**
     * The carrier sets the rule of one kind of meeting. Setting the template's rule again removes the change, so
     * the kind follows its template once more.
     *
     * @throws IllegalArgumentException when no meeting could ever follow the rule
     * @throws ConflictException        when the experimentation is over
     */
    @Transactional
    public void change(Viewer viewer, long experimentationId, MeetingKind kind, CompositionRule rule) {
        changeAll(viewer, experimentationId, Map.of(kind, rule));
    }

    /** Like {@link #change}, for several kinds at once: all are saved, or none. */
    @Transactional
    public void changeAll(Viewer viewer, long experimentationId, Map<MeetingKind, CompositionRule> rules) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        if (experimentations.get(viewer, experimentationId).getStatus() == ExperimentationStatus.CLOSED) {
            throw new ConflictException("conflict.closed");
        }
        rules.forEach((kind, rule) -> {
            if (!rule.canBeMet()) {
                throw new IllegalArgumentException("no meeting can follow " + rule);
            }
            Optional<MeetingRuleOverride> existing = overrides.findByExperimentationIdAndKind(experimentationId, kind);
            if (rule.equals(templateRuleFor(experimentationId, kind))) {
                existing.ifPresent(overrides::delete);
            } else if (existing.isPresent()) {
                existing.get().set(rule);
            } else {
                overrides.save(new MeetingRuleOverride(experimentationId, kind, rule));
            }
        });
    }
}
