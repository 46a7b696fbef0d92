package coop.faireavec.decision;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.template.ExperimentationTemplate;
import coop.faireavec.template.TemplateCatalog;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equal-footing rules in force in an experimentation (issue #13, point 1): the carrier's own when they changed
 * them, else the experimentation's template's {@code decision-rules}, else {@link EqualFootingRules#defaults()}.
 * Votes and validations call {@link #rulesFor} when they open and keep {@link EqualFootingRules#asText()} with them:
 * a later change never touches a vote or validation already open.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRulesService {

    private final DecisionRulesOverrideRepository overrides;
    private final ExperimentationService experimentations;
    private final TemplateCatalog templates;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final PeopleService people;

    DecisionRulesService(
            DecisionRulesOverrideRepository overrides,
            ExperimentationService experimentations,
            TemplateCatalog templates,
            AccessGuard guard,
            AuditLog audit,
            PeopleService people) {
        this.overrides = overrides;
        this.experimentations = experimentations;
        this.templates = templates;
        this.guard = guard;
        this.audit = audit;
        this.people = people;
        // a kit whose rules the module cannot read stops the start here, naming the kit
        for (ExperimentationTemplate template : templates.all()) {
            try {
                fromTemplate(template.decisionRules());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "Invalid decision-rules in experimentation template " + template.key() + ": " + e.getMessage(),
                        e);
            }
        }
    }

    /**
     * The rules in force, with no access check: for services that already checked the viewer, and for a vote or
     * validation freezing its rules when it opens.
     *
     * @param experimentationId the experimentation
     * @return the carrier's rules, else the template's, else the defaults
     * @throws coop.faireavec.shared.NotFoundException when there is no such experimentation
     */
    public EqualFootingRules rulesFor(long experimentationId) {
        return overrides
                .findByExperimentationId(experimentationId)
                .map(DecisionRulesOverride::rules)
                .orElseGet(() -> templateRulesFor(experimentationId));
    }

    /**
     * The rules the experimentation's template gives (what a carrier's change departs from).
     *
     * @param experimentationId the experimentation
     * @return the template's rules, or the defaults when the template has none
     */
    public EqualFootingRules templateRulesFor(long experimentationId) {
        return fromTemplate(
                templates.get(experimentations.templateKeyOf(experimentationId)).decisionRules());
    }

    /**
     * The rules in force, for a member of the experimentation.
     *
     * @param viewer who asks
     * @param experimentationId the experimentation
     * @return the rules in force
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member
     */
    public EqualFootingRules rulesOf(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        return rulesFor(experimentationId);
    }

    /**
     * Whether the carrier changed the rules from the template's, for a member of the experimentation.
     *
     * @param viewer who asks
     * @param experimentationId the experimentation
     * @return true when the experimentation follows its carrier's own rules
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member
     */
    public boolean changed(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        return overrides.findByExperimentationId(experimentationId).isPresent();
    }

    /**
     * The carrier sets the experimentation's rules, for votes and validations opened from now on. Setting the
     * template's rules again removes the change. Audited with the new rules' one-line form.
     *
     * @param viewer a carrier of the experimentation
     * @param experimentationId the experimentation
     * @param rules the new rules
     * @param clientAddress the carrier's client address, for the audit (may be null)
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not its carrier
     * @throws ConflictException when the experimentation is over
     */
    @Transactional
    public void change(Viewer viewer, long experimentationId, EqualFootingRules rules, String clientAddress) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        if (experimentations.get(viewer, experimentationId).getStatus() == ExperimentationStatus.CLOSED) {
            throw new ConflictException("conflict.closed");
        }
        Optional<DecisionRulesOverride> existing = overrides.findByExperimentationId(experimentationId);
        EqualFootingRules before =
                existing.map(DecisionRulesOverride::rules).orElseGet(() -> templateRulesFor(experimentationId));
        if (rules.equals(before)) {
            return;
        }
        if (rules.equals(templateRulesFor(experimentationId))) {
            existing.ifPresent(overrides::delete);
        } else if (existing.isPresent()) {
            existing.get().set(rules);
        } else {
            overrides.save(new DecisionRulesOverride(experimentationId, rules));
        }
        audit.record(
                new AuditLog.Actor(
                        viewer.personId(), people.get(viewer.personId()).getDisplayName(), clientAddress),
                AuditKind.DECISION_RULES_CHANGED,
                "experimentation",
                experimentationId,
                rules.asText());
    }

    /**
     * Reads a template's {@code decision-rules} block.
     *
     * @param fromKit the block, or null when the kit has none
     * @return the rules it says, or {@link EqualFootingRules#defaults()} when null
     * @throws IllegalArgumentException when a value is malformed or out of range
     */
    static EqualFootingRules fromTemplate(ExperimentationTemplate.DecisionRules fromKit) {
        if (fromKit == null) {
            return EqualFootingRules.defaults();
        }
        int[] share = EqualFootingRules.parseShare(fromKit.quorumShare());
        return new EqualFootingRules(
                fromKit.quorumMinVoters(),
                share[0],
                share[1],
                EqualFootingRules.consentOf(fromKit.consentRule()),
                fromKit.smallCollegeBelow(),
                fromKit.disagreementGap(),
                fromKit.preselectedLeads());
    }
}
