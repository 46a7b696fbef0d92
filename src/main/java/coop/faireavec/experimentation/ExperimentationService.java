package coop.faireavec.experimentation;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.shared.RequestMemo;
import coop.faireavec.template.ExperimentationTemplate;
import coop.faireavec.template.TemplateCatalog;
import coop.faireavec.territory.Territory;
import coop.faireavec.territory.TerritoryService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ExperimentationService {

    private final ExperimentationRepository experimentations;
    private final MembershipService memberships;
    private final TerritoryService territories;
    private final TemplateCatalog templates;
    private final WorkflowEngine workflow;
    private final AccessGuard guard;
    private final Clock clock;

    private final AuditLog audit;

    ExperimentationService(
            ExperimentationRepository experimentations,
            MembershipService memberships,
            TerritoryService territories,
            TemplateCatalog templates,
            WorkflowEngine workflow,
            AccessGuard guard,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.experimentations = experimentations;
        this.memberships = memberships;
        this.territories = territories;
        this.templates = templates;
        this.workflow = workflow;
        this.guard = guard;
    }

    /** One experimentation, for a member of it (or an administrator). */
    public Experimentation get(Viewer viewer, long id) {
        Experimentation e = find(id);
        guard.requireMember(viewer, id);
        return e;
    }

    /**
     * Only the title, with no access check: for pages where someone not yet signed in has shown they belong
     * (e.g. with a valid invitation code).
     */
    public String titleOf(long id) {
        return find(id).getTitle();
    }

    /**
     * Whether the person belongs to at least one experimentation on the territory, in one small query (for pages
     * shared by a territory's experimentations, e.g. the directory). No access check: a yes/no about the person.
     */
    public boolean isMemberOnTerritory(long personId, long territoryId) {
        return experimentations.isMemberOnTerritory(personId, territoryId);
    }

    /** Whether the person is a carrier of at least one experimentation on the territory, in one small query. */
    public boolean isCarrierOnTerritory(long personId, long territoryId) {
        return experimentations.hasRoleOnTerritory(personId, territoryId, ExperimentationRole.CARRIER);
    }

    /** The experimentations the viewer belongs to; administrators see all of them. */
    public List<Experimentation> visibleTo(Viewer viewer) {
        return new ArrayList<>(RequestMemo.get(
                "experimentations-visible-to:" + viewer.personId() + ":" + viewer.admin(),
                () -> readVisibleTo(viewer)));
    }

    private List<Experimentation> readVisibleTo(Viewer viewer) {
        if (viewer.admin()) {
            return experimentations.findAllByOrderByTitleAsc();
        }
        Set<Long> ids = memberships.membershipsOf(viewer.personId()).stream()
                .map(Membership::getExperimentationId)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? List.of() : experimentations.findByIdInOrderByTitleAsc(ids);
    }

    /**
     * Territories where the viewer may create an experimentation: all for admins, else where they are carrier;
     * archived territories never.
     */
    public List<Territory> territoriesWhereViewerMayCreate(Viewer viewer) {
        if (viewer.admin()) {
            return territories.all().stream().filter(t -> !t.isArchived()).toList();
        }
        Set<Long> carried = memberships.membershipsOf(viewer.personId()).stream()
                .filter(m -> m.has(ExperimentationRole.CARRIER))
                .map(Membership::getExperimentationId)
                .collect(Collectors.toSet());
        // the carried experimentations among the visible ones (read once per page), not one read each
        Set<Long> ids = visibleTo(viewer).stream()
                .filter(e -> carried.contains(e.getId()))
                .map(e -> e.getTerritory().getId())
                .collect(Collectors.toSet());
        return territories.byIds(ids).stream().filter(t -> !t.isArchived()).toList();
    }

    public boolean mayCreate(Viewer viewer) {
        return viewer.admin() || !territoriesWhereViewerMayCreate(viewer).isEmpty();
    }

    /** Creates a draft experimentation; its creator becomes its first carrier. */
    @Transactional
    public Experimentation create(Viewer viewer, NewExperimentation cmd) {
        if (!templates.exists(cmd.templateKey())) {
            throw new IllegalArgumentException("unknown template " + cmd.templateKey());
        }
        Territory territory;
        if (cmd.territoryId() != null) {
            territory = territories.get(cmd.territoryId());
            boolean allowed = territoriesWhereViewerMayCreate(viewer).stream()
                    .anyMatch(t -> t.getId().equals(territory.getId()));
            if (!allowed) {
                throw new AccessDeniedException("not a carrier of territory " + territory.getId());
            }
        } else {
            if (!viewer.admin()) {
                throw new AccessDeniedException("only administrators open a new territory");
            }
            territory = territories.findOrCreate(cmd.newTerritoryName());
        }
        Experimentation e = new Experimentation(
                cmd.title().trim(),
                territory,
                cmd.carrierOrganisation().trim(),
                blankToNull(cmd.description()),
                cmd.startDate(),
                cmd.plannedEndDate(),
                cmd.templateKey(),
                clock.instant());
        ExperimentationTemplate.Durations d = templates.get(cmd.templateKey()).durations();
        e.setDurations(new DurationSettings(
                TemplateCatalog.days(d.stepDue()),
                TemplateCatalog.days(d.escalation()),
                TemplateCatalog.days(d.callForLeads()),
                TemplateCatalog.days(d.observationCycle())));
        e.setRetentionMonths(Math.min(
                Experimentation.DEFAULT_RETENTION_MONTHS,
                templates.get(cmd.templateKey()).retentionMonthsMaxOrDefault()));
        e = experimentations.save(e);
        Membership carrier =
                memberships.addMember(viewer.personId(), e.getId(), null, Set.of(ExperimentationRole.CARRIER));
        audit.record(
                audit.actor(viewer.personId()),
                AuditKind.MEMBER_ADDED,
                "membership",
                carrier.getId(),
                "CARRIER (created the experimentation)",
                e.getId(),
                viewer.personId());
        return e;
    }

    /**
     * The experimentation for its edit page: only its carriers (and administrators) may correct it.
     *
     * @throws AccessDeniedException for anyone else
     * @throws NotFoundException if there is no such experimentation
     */
    public Experimentation forEdit(Viewer viewer, long id) {
        Experimentation e = find(id);
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        return e;
    }

    /** Whether the viewer may put an experimentation on this territory (see {@link #territoriesWhereViewerMayCreate}). */
    public boolean mayUseTerritory(Viewer viewer, long territoryId) {
        return territoriesWhereViewerMayCreate(viewer).stream().anyMatch(t -> t.getId() == territoryId);
    }

    /**
     * A carrier corrects the experimentation: before its start its name, territory, description and dates; after
     * its start only the description (the process runs on the rest).
     *
     * @return the corrected experimentation
     * @throws AccessDeniedException if the viewer is not its carrier (nor an administrator), or picks a territory
     *         they may not use
     * @throws ConflictException {@code conflict.startedOnlyDescription} if it has started and anything but the
     *         description would change; {@code conflict.closed} once it is over
     */
    @Transactional
    public Experimentation correct(Viewer viewer, long id, ExperimentationDetails details) {
        Experimentation e = forEdit(viewer, id);
        if (e.getStatus() == ExperimentationStatus.CLOSED) {
            throw new ConflictException("conflict.closed");
        }
        if (e.getStatus() != ExperimentationStatus.DRAFT) {
            if (details.changesMoreThanDescription(e)) {
                throw new ConflictException("conflict.startedOnlyDescription");
            }
            e.describe(blankToNull(details.description()));
            return e;
        }
        Territory territory = territories.get(details.territoryId());
        if (!territory.getId().equals(e.getTerritory().getId()) && !mayUseTerritory(viewer, territory.getId())) {
            throw new AccessDeniedException("not a carrier of territory " + territory.getId());
        }
        e.correct(
                details.title().trim(),
                territory,
                blankToNull(details.description()),
                details.startDate(),
                details.plannedEndDate());
        return e;
    }

    /** Starts the experimentation's process: from now on the engine carries it through the four phases. */
    @Transactional
    public Experimentation start(Viewer viewer, long id) {
        Experimentation e = find(id);
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        if (e.getStatus() != ExperimentationStatus.DRAFT) {
            throw new ConflictException("conflict.alreadyStarted");
        }
        e.started(workflow.startExperimentation(id));
        return e;
    }

    /** The carrier changes durations; each phase uses the values in force when it starts. */
    @Transactional
    public Experimentation updateDurations(Viewer viewer, long id, DurationSettings settings) {
        return updateDurations(viewer, id, settings, null);
    }

    /**
     * The carrier changes durations they were shown at {@code seenVersion} ({@link Experimentation#getVersion()});
     * each phase uses the values in force when it starts.
     *
     * @param seenVersion the version the form was filled from, or null to overwrite whatever is there
     * @throws ObjectOptimisticLockingFailureException if someone saved a change since {@code seenVersion}: nothing
     *                                                 is changed (the 409 page says so)
     * @throws ConflictException if the experimentation is closed
     */
    @Transactional
    public Experimentation updateDurations(Viewer viewer, long id, DurationSettings settings, Long seenVersion) {
        Experimentation e = find(id);
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        if (seenVersion != null && seenVersion != e.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Experimentation.class, id);
        }
        if (e.getStatus() == ExperimentationStatus.CLOSED) {
            throw new ConflictException("conflict.closed");
        }
        if (settings.escalationDays() <= settings.stepDueDays()) {
            throw new IllegalArgumentException("escalation must come after the due date");
        }
        e.setDurations(settings);
        return e;
    }

    /**
     * One experimentation with no access check, for the reports (whose service checks the committee, carrier or
     * administrator role first).
     *
     * @throws NotFoundException when there is no such experimentation
     */
    public Experimentation forReport(long id) {
        return find(id);
    }

    /** For the process (no viewer: the engine asks). */
    public DurationSettings durationsOf(long id) {
        return find(id).getDurations();
    }

    /** For the process: the colleges of the experimentation's template. */
    public List<String> collegesOf(long id) {
        return templates.get(find(id).getTemplateKey()).colleges();
    }

    /** The key of the experimentation's template, with no access check: for services reading the kit's defaults. */
    public String templateKeyOf(long id) {
        return find(id).getTemplateKey();
    }

    /** Called by the process when a phase begins. */
    @Transactional
    public void enterPhase(long id, Phase phase) {
        find(id).enteredPhase(phase);
    }

    /**
     * Called by the process when consolidation is approved: the experimentation is over; the instant is kept (the
     * retention period counts from it).
     */
    @Transactional
    public void close(long id) {
        find(id).closed(clock.instant());
    }

    /**
     * The longest retention period a carrier may set for that experimentation: its template's maximum (issue #16,
     * point 10). No access check.
     *
     * @return months, 1 or more
     * @throws NotFoundException when there is no such experimentation
     */
    public int retentionMonthsMax(long id) {
        return templates.get(find(id).getTemplateKey()).retentionMonthsMaxOrDefault();
    }

    /**
     * A carrier (or an administrator) sets how many months the experimentation's personal data are kept after it
     * closes, within its template's maximum; also after it closed, until the data are anonymised.
     *
     * @param months 1 to {@link #retentionMonthsMax(long)}
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer carries it or is an
     *     administrator
     * @throws IllegalArgumentException when {@code months} is out of those bounds (the page checks first)
     * @throws ConflictException ("conflict.alreadyAnonymised") when its data were already anonymised
     */
    @Transactional
    public Experimentation updateRetention(Viewer viewer, long id, int months) {
        Experimentation e = find(id);
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        if (e.getAnonymisedAt() != null) {
            throw new ConflictException("conflict.alreadyAnonymised");
        }
        int max = retentionMonthsMax(id);
        if (months < 1 || months > max) {
            throw new IllegalArgumentException("retention must be 1 to " + max + " months");
        }
        e.setRetentionMonths(months);
        return e;
    }

    /**
     * The ids of the closed experimentations whose retention period is over at {@code now} and whose data were not
     * anonymised yet, oldest closing first. No access check: the retention job asks.
     *
     * @param now the current instant; a period ends at the start of its anonymisation day in the clock's zone
     */
    public List<Long> dueForAnonymisation(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return experimentations
                .findByStatusAndAnonymisedAtIsNullAndClosedAtIsNotNullOrderByClosedAtAsc(ExperimentationStatus.CLOSED)
                .stream()
                .filter(e -> !e.anonymisationDay(clock.getZone()).orElseThrow().isAfter(today))
                .map(Experimentation::getId)
                .toList();
    }

    /**
     * Marks the experimentation's data anonymised (the retention job did it), so that the job never does it again.
     * No access check.
     *
     * @throws ConflictException ("conflict.alreadyAnonymised") when it already was
     */
    @Transactional
    public void markAnonymised(long id, Instant at) {
        Experimentation e = find(id);
        if (e.getAnonymisedAt() != null) {
            throw new ConflictException("conflict.alreadyAnonymised");
        }
        e.anonymised(at);
    }

    /** The experimentation (read once per GET request, {@link RequestMemo}: its territory is loaded with it). */
    private Experimentation find(long id) {
        Experimentation e = RequestMemo.get(
                "experimentation:" + id, () -> experimentations.findById(id).orElse(null));
        if (e == null) {
            throw new NotFoundException("experimentation", id);
        }
        return e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
