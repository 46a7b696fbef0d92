package coop.faireavec.experiment;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.meeting.CompositionCheck;
import coop.faireavec.meeting.CompositionRule;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingRules;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Experiments of phase 3: planning one (from the PlanExperiment step), its page and list for the members, and the
 * observations the team records whenever they want or when the BPMN's timer asks. The team follows the working-group
 * composition rule of the experimentation ({@link MeetingRules}, {@link MeetingKind#WORKING_GROUP}).
 */
@Service
@Transactional(readOnly = true)
public class ExperimentService {

    private final ExperimentRepository experiments;
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final MembershipService memberships;
    private final MeetingRules rules;
    private final ActionLeadService leads;
    private final ExperimentationService experimentations;
    private final PeopleService people;
    private final AccessGuard guard;
    private final Clock clock;

    private final AuditLog audit;

    ExperimentService(
            ExperimentRepository experiments,
            IndicatorRepository indicators,
            ObservationRepository observations,
            MembershipService memberships,
            MeetingRules rules,
            ActionLeadService leads,
            ExperimentationService experimentations,
            PeopleService people,
            AccessGuard guard,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.experiments = experiments;
        this.indicators = indicators;
        this.observations = observations;
        this.memberships = memberships;
        this.rules = rules;
        this.leads = leads;
        this.experimentations = experimentations;
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** Today in the platform's time zone (the clock's). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * What a phase-3 step about that lead needs (no access check: the step's service checked the viewer).
     *
     * @param experimentationId the experimentation of the step
     * @param leadId the lead the step is about
     * @return the lead's title, the team's candidates and rule, and the experiment once planned
     */
    public ExperimentStepInfo stepInfo(long experimentationId, long leadId) {
        List<Membership> members = memberships.membersOf(experimentationId).stream()
                .filter(m -> m.getCollege() != null)
                .toList();
        Map<Long, String> names =
                namesOf(members.stream().map(Membership::getPersonId).toList());
        List<ExperimentStepInfo.Candidate> candidates = members.stream()
                .map(m -> new ExperimentStepInfo.Candidate(m.getPersonId(), names.get(m.getPersonId()), m.getCollege()))
                .sorted(Comparator.comparing((ExperimentStepInfo.Candidate c) ->
                        String.valueOf(c.name()).toLowerCase(Locale.ROOT)))
                .toList();
        ExperimentView view = experiments
                .findByLeadId(leadId)
                .filter(e -> e.getExperimentationId() == experimentationId)
                .map(e -> view(e, null))
                .orElse(null);
        return new ExperimentStepInfo(
                leadId,
                leads.get(leadId).getTitle(),
                view,
                candidates,
                teamRule(experimentationId),
                experimentations.collegesOf(experimentationId),
                today());
    }

    /** The rule a team follows: the experimentation's working-group rule (its template's, or the carrier's). */
    public CompositionRule teamRule(long experimentationId) {
        return rules.ruleFor(experimentationId, MeetingKind.WORKING_GROUP);
    }

    /**
     * Checks a team against the working-group rule, each person counted in their college (people without a
     * college, or not members, are left out: {@link ExperimentStepInfo#collegeOf} tells them apart).
     */
    public CompositionCheck teamCheck(long experimentationId, Collection<Long> teamIds) {
        Map<Long, College> collegeOf = memberships.collegeByPerson(experimentationId);
        Map<College, Long> counts = new EnumMap<>(College.class);
        for (Long id : new LinkedHashSet<>(teamIds)) {
            College c = collegeOf.get(id);
            if (c != null) {
                counts.merge(c, 1L, Long::sum);
            }
        }
        return teamRule(experimentationId).check(counts);
    }

    /**
     * Plans (or plans again, after "adjust") the experiment of a lead: goal, dates, team, indicators. Indicators are
     * matched by name with the previous plan's; one no longer listed stays, inactive, with its values. No access
     * check: called while the PlanExperiment step is completed (the step's service checked the viewer).
     *
     * @param byPersonId whose plan it is
     * @return the experiment
     * @throws IllegalArgumentException for a team member who is not a member with a college, a team that breaks the
     *     working-group rule, no indicator, or dates in the wrong order (the step's form checks these first)
     */
    @Transactional
    public Experiment plan(long experimentationId, long leadId, ExperimentPlan plan, long byPersonId) {
        if (!leads.get(leadId).getExperimentationId().equals(experimentationId)) {
            throw new IllegalArgumentException("lead of another experimentation");
        }
        if (plan.endsOn().isBefore(plan.startsOn()) || plan.indicators().isEmpty()) {
            throw new IllegalArgumentException("dates or indicators");
        }
        Map<Long, College> collegeOf = memberships.collegeByPerson(experimentationId);
        List<TeamMember> team = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(plan.teamIds())) {
            College college = collegeOf.get(id);
            if (college == null) {
                throw new IllegalArgumentException("not a member with a college: " + id);
            }
            team.add(new TeamMember(id, college));
        }
        if (!teamCheck(experimentationId, plan.teamIds()).holds()) {
            throw new IllegalArgumentException("team breaks the working-group rule");
        }
        Experiment e = experiments.findByLeadId(leadId).orElseGet(() -> new Experiment(experimentationId, leadId));
        e.plan(plan.goal().strip(), plan.startsOn(), plan.endsOn(), team, clock.instant(), byPersonId);
        e = experiments.save(e);
        Map<String, Indicator> previous = new HashMap<>();
        List<Indicator> existing = indicators.findByExperimentIdOrderByPosition(e.getId());
        existing.forEach(i -> previous.put(key(i.getName()), i));
        Set<Indicator> kept = new HashSet<>();
        int position = 0;
        for (IndicatorSpec spec : plan.indicators()) {
            Indicator i = previous.get(key(spec.name()));
            if (i == null || kept.contains(i)) {
                i = new Indicator(e.getId());
            }
            i.set(position++, spec);
            kept.add(indicators.save(i));
        }
        for (Indicator old : existing) {
            if (!kept.contains(old)) {
                old.retire();
            }
        }
        return e;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Records an observation from the RecordObservations step (no access check: the step's service checked the
     * viewer and the consent), checked against the experiment's active indicators.
     *
     * @param form the observation as typed (values in the order of the active indicators)
     * @throws ConflictException ({@code conflict.experimentNotPlanned}) when the lead's experiment has no plan yet
     * @throws IllegalArgumentException when the form is not a valid observation (the step's kind checked it first)
     */
    @Transactional
    public Observation recordFromStep(
            long experimentationId,
            long leadId,
            ObservationForm form,
            long authorId,
            long recordedBy,
            ConsentKind consent,
            String consentNote) {
        Experiment e = experiments
                .findByLeadId(leadId)
                .filter(x -> x.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new ConflictException("conflict.experimentNotPlanned"));
        Errors errors = new BeanPropertyBindingResult(form, "observationForm");
        NewObservation what = form.check(view(e, null).activeIndicators(), today(), errors);
        if (what == null) {
            throw new IllegalArgumentException("not a valid observation: " + errors.getAllErrors());
        }
        return store(e, what, authorId, recordedBy, consent, consentNote);
    }

    /**
     * A team member records an observation on the experiment page, whenever they want; or a carrier (or a
     * practitioner a carrier allowed) records one for a team member who agreed.
     *
     * @param forPersonId the team member it is for, or null for the viewer's own
     * @param consent how that person agreed (required with {@code forPersonId})
     * @throws AccessDeniedException (403) for a viewer not in the team, or who may not record for that person
     * @throws NotFoundException (404) for an experiment of another experimentation
     * @throws ConflictException ({@code conflict.closed}) when the experimentation is over
     * @throws IllegalArgumentException when recording for someone without consent
     */
    @Transactional
    public Observation addObservation(
            Viewer viewer,
            long experimentationId,
            long experimentId,
            NewObservation what,
            Long forPersonId,
            ConsentKind consent,
            String consentNote) {
        guard.requireMember(viewer, experimentationId);
        Experiment e = experimentOf(experimentationId, experimentId);
        if (experimentations.forReport(experimentationId).getStatus() == ExperimentationStatus.CLOSED) {
            throw new ConflictException("conflict.closed");
        }
        Set<Long> active = indicators.findByExperimentIdOrderByPosition(experimentId).stream()
                .filter(Indicator::isActive)
                .map(Indicator::getId)
                .collect(Collectors.toSet());
        if (!active.containsAll(what.values().keySet())) {
            throw new IllegalArgumentException("value for an indicator this experiment does not follow");
        }
        if (forPersonId == null || forPersonId == viewer.personId()) {
            if (!e.inTeam(viewer.personId())) {
                throw new AccessDeniedException("only the team records observations");
            }
            return store(e, what, viewer.personId(), viewer.personId(), null, null);
        }
        if (!mayRecordFor(viewer, e) || !e.inTeam(forPersonId)) {
            throw new AccessDeniedException("may not record an observation for that person");
        }
        if (consent == null) {
            throw new IllegalArgumentException("consent required");
        }
        return store(
                e, what, forPersonId, viewer.personId(), consent, consent == ConsentKind.OTHER ? consentNote : null);
    }

    private Observation store(
            Experiment e, NewObservation what, long authorId, long recordedBy, ConsentKind consent, String note) {
        Observation saved = observations.save(
                new Observation(e.getId(), what, authorId, recordedBy, consent, note, clock.instant()));
        if (authorId != recordedBy) {
            audit.record(
                    audit.actor(recordedBy),
                    AuditKind.RECORDED_ON_BEHALF,
                    "observation",
                    saved.getId(),
                    "experiment " + e.getId(),
                    e.getExperimentationId(),
                    authorId);
        }
        return saved;
    }

    private boolean mayRecordFor(Viewer viewer, Experiment e) {
        return memberships.mayRecordForOthers(viewer.personId(), e.getExperimentationId());
    }

    /**
     * Whether an observation of the lead's experiment was recorded after that instant (the BPMN's timer asks only
     * when none came in during the cycle). False when the experiment has no plan yet.
     */
    public boolean observedSince(long experimentationId, long leadId, Instant since) {
        return experiments
                .findByLeadId(leadId)
                .filter(e -> e.getExperimentationId() == experimentationId)
                .map(e -> observations.existsByExperimentIdAndRecordedAtAfter(e.getId(), since))
                .orElse(false);
    }

    /** The experiment of a lead, when it was planned (no access check). */
    public Optional<Experiment> ofLead(long leadId) {
        return experiments.findByLeadId(leadId);
    }

    /**
     * One experiment's page, for a member of its experimentation.
     *
     * @throws AccessDeniedException (403) for someone who is not a member
     * @throws NotFoundException (404) for an experiment of another experimentation
     */
    public ExperimentView page(Viewer viewer, long experimentationId, long experimentId) {
        guard.requireMember(viewer, experimentationId);
        return view(experimentOf(experimentationId, experimentId), viewer);
    }

    /** The experiments of an experimentation, in the order they were planned, for a member (403 otherwise). */
    public List<ExperimentView> list(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        return all(experimentationId);
    }

    /** Every experiment of an experimentation with its indicators and values, no access check (for reports). */
    public List<ExperimentView> all(long experimentationId) {
        return experiments.findByExperimentationIdOrderById(experimentationId).stream()
                .map(e -> view(e, null))
                .toList();
    }

    private Experiment experimentOf(long experimentationId, long experimentId) {
        return experiments
                .findById(experimentId)
                .filter(e -> e.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("experiment", experimentId));
    }

    private ExperimentView view(Experiment e, Viewer viewer) {
        List<Indicator> list = indicators.findByExperimentIdOrderByPosition(e.getId());
        List<Observation> journal = observations.findByExperimentIdOrderByObservedOnAscIdAsc(e.getId());
        Set<Long> ids = new HashSet<>();
        e.getTeam().forEach(m -> ids.add(m.getPersonId()));
        journal.forEach(o -> {
            ids.add(o.getAuthorId());
            ids.add(o.getRecordedBy());
        });
        Map<Long, String> names = namesOf(ids);
        List<ExperimentView.Member> team = e.getTeam().stream()
                .map(m -> new ExperimentView.Member(m.getPersonId(), names.get(m.getPersonId()), m.getCollege()))
                .sorted(Comparator.comparing((ExperimentView.Member m) -> m.college())
                        .thenComparing(m -> String.valueOf(m.name()).toLowerCase(Locale.ROOT)))
                .toList();
        List<ExperimentView.IndicatorView> indicatorViews = new ArrayList<>();
        for (Indicator i : list) {
            List<ExperimentView.Point> points = journal.stream()
                    .filter(o -> o.getValues().containsKey(i.getId()))
                    .map(o -> new ExperimentView.Point(
                            o.getObservedOn(), o.getValues().get(i.getId()), names.get(o.getAuthorId())))
                    .toList();
            indicatorViews.add(new ExperimentView.IndicatorView(
                    i.getId(),
                    i.getName(),
                    i.getUnit(),
                    i.getBaseline(),
                    i.getTarget(),
                    i.getDirection(),
                    i.isActive(),
                    points));
        }
        List<ExperimentView.Entry> entries = journal.stream()
                .map(o -> new ExperimentView.Entry(
                        o.getId(),
                        o.getObservedOn(),
                        o.getNarrative(),
                        names.get(o.getAuthorId()),
                        o.getRecordedBy().equals(o.getAuthorId()) ? null : names.get(o.getRecordedBy()),
                        o.getValues(),
                        o.getRecordedAt()))
                .toList();
        boolean inTeam = viewer != null && e.inTeam(viewer.personId());
        List<ExperimentView.Member> recordable = viewer != null && mayRecordFor(viewer, e)
                ? team.stream().filter(m -> m.personId() != viewer.personId()).toList()
                : List.of();
        return new ExperimentView(
                e.getId(),
                e.getExperimentationId(),
                e.getLeadId(),
                leads.get(e.getLeadId()).getTitle(),
                e.getGoal(),
                e.getStartsOn(),
                e.getEndsOn(),
                team,
                indicatorViews,
                entries,
                inTeam,
                recordable);
    }

    private Map<Long, String> namesOf(Collection<Long> ids) {
        return people.byIds(ids).values().stream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName, (a, b) -> a));
    }
}
