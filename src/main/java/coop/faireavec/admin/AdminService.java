package coop.faireavec.admin;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.people.UserAccount;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.territory.Territory;
import coop.faireavec.territory.TerritoryService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform administration (issue #11, point 2): territories, people and accounts, every experimentation.
 * Every method takes the {@link Viewer} and refuses anyone but a platform administrator (on top of the URL rule);
 * every change is written to the {@link AuditLog} with the acting administrator and their client address.
 */
@Service
@Transactional(readOnly = true)
public class AdminService {

    /** People shown per page of the search. */
    public static final int PAGE_SIZE = 20;

    /** A territory with its experimentations and the names of their carriers. */
    public record TerritoryRow(Territory territory, List<Experimentation> experimentations, List<String> carriers) {}

    /** One person found: their account (may be null) and the titles of the experimentations they belong to. */
    public record PersonRow(Person person, UserAccount account, List<String> experimentations) {}

    /** One membership of a person, with its experimentation. */
    public record MembershipRow(Experimentation experimentation, Membership membership) {}

    /** A person's page: who, their account (or empty), where they take part, and what administrators did to them. */
    public record PersonDetail(
            Person person, Optional<UserAccount> account, List<MembershipRow> memberships, List<AuditEvent> audit) {}

    /** One experimentation in the overview, with its carriers' names and its number of late open steps. */
    public record ExperimentationRow(Experimentation experimentation, List<String> carriers, long lateSteps) {}

    private final TerritoryService territories;
    private final PeopleService people;
    private final MembershipService memberships;
    private final ExperimentationService experimentations;
    private final WorkflowEngine engine;
    private final AuditLog audit;
    private final PersonMerger merger;
    private final Clock clock;

    AdminService(
            TerritoryService territories,
            PeopleService people,
            MembershipService memberships,
            ExperimentationService experimentations,
            WorkflowEngine engine,
            AuditLog audit,
            PersonMerger merger,
            Clock clock) {
        this.territories = territories;
        this.people = people;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.engine = engine;
        this.audit = audit;
        this.merger = merger;
        this.clock = clock;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }

    // ---- territories ----

    /** Every territory (archived ones too), by name, with its experimentations and carriers. */
    public List<TerritoryRow> territories(Viewer viewer) {
        requireAdmin(viewer);
        Map<Long, List<Experimentation>> byTerritory = experimentations.visibleTo(viewer).stream()
                .collect(Collectors.groupingBy(e -> e.getTerritory().getId()));
        List<TerritoryRow> rows = new ArrayList<>();
        for (Territory t : territories.all()) {
            List<Experimentation> list = byTerritory.getOrDefault(t.getId(), List.of());
            rows.add(new TerritoryRow(
                    t,
                    list,
                    carrierNames(list.stream().map(Experimentation::getId).toList())));
        }
        return rows;
    }

    /** Whether another territory than {@code exceptId} (null: any) has that name. */
    public boolean territoryNameTaken(String name, Long exceptId) {
        return territories.nameTaken(name, exceptId);
    }

    /** Opens a territory; see {@link TerritoryService#create}. */
    @Transactional
    public Territory createTerritory(Viewer viewer, AuditLog.Actor actor, String name, String description) {
        requireAdmin(viewer);
        Territory t = territories.create(name, description);
        audit.record(actor, AuditKind.TERRITORY_CREATED, "territory", t.getId(), t.getName());
        return t;
    }

    /** Renames and describes a territory; see {@link TerritoryService#describe}. */
    @Transactional
    public Territory describeTerritory(Viewer viewer, AuditLog.Actor actor, long id, String name, String description) {
        requireAdmin(viewer);
        Territory t = territories.describe(id, name, description);
        audit.record(actor, AuditKind.TERRITORY_CHANGED, "territory", id, t.getName());
        return t;
    }

    /** Archives or restores a territory; see {@link TerritoryService#setArchived}. */
    @Transactional
    public Territory archiveTerritory(Viewer viewer, AuditLog.Actor actor, long id, boolean archived) {
        requireAdmin(viewer);
        Territory t = territories.setArchived(id, archived);
        audit.record(actor, AuditKind.TERRITORY_ARCHIVED, "territory", id, archived ? "archived" : "restored");
        return t;
    }

    /**
     * Publishes a territory's directory of local actors read-only without sign-in (public fields only), or withdraws
     * it (issue #17, point 6); audited.
     *
     * @throws coop.faireavec.shared.NotFoundException if there is no such territory
     */
    @Transactional
    public Territory publishDirectory(Viewer viewer, AuditLog.Actor actor, long id, boolean published) {
        requireAdmin(viewer);
        Territory t = territories.setDirectoryPublic(id, published);
        audit.record(
                actor, AuditKind.TERRITORY_DIRECTORY_PUBLISHED, "territory", id, published ? "published" : "withdrawn");
        return t;
    }

    // ---- people and accounts ----

    /**
     * People whose name or username contains {@code text}, optionally only the members of one experimentation;
     * page numbers start at 0, {@link #PAGE_SIZE} per page.
     */
    public Page<PersonRow> searchPeople(Viewer viewer, String text, Long experimentationId, int page) {
        requireAdmin(viewer);
        Collection<Long> among = experimentationId == null
                ? null
                : memberships.membersOf(experimentationId).stream()
                        .map(Membership::getPersonId)
                        .toList();
        Page<Person> found = people.search(text, among, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        Map<Long, String> titles = experimentations.visibleTo(viewer).stream()
                .collect(Collectors.toMap(Experimentation::getId, Experimentation::getTitle));
        return found.map(p -> new PersonRow(
                p,
                people.accountOf(p.getId()).orElse(null),
                memberships.membershipsOf(p.getId()).stream()
                        .map(m -> titles.get(m.getExperimentationId()))
                        .toList()));
    }

    /** Everything the administration shows of one person. */
    public PersonDetail person(Viewer viewer, long personId) {
        requireAdmin(viewer);
        Person person = people.get(personId);
        List<MembershipRow> rows = memberships.membershipsOf(personId).stream()
                .map(m -> new MembershipRow(experimentations.get(viewer, m.getExperimentationId()), m))
                .toList();
        return new PersonDetail(person, people.accountOf(personId), rows, audit.about("person", personId));
    }

    /** Disables (ending its sessions) or re-enables a person's account; see {@link PeopleService#setAccountEnabled}. */
    @Transactional
    public void setAccountEnabled(Viewer viewer, AuditLog.Actor actor, long personId, boolean enabled) {
        requireAdmin(viewer);
        people.setAccountEnabled(personId, enabled);
        audit.record(actor, enabled ? AuditKind.ACCOUNT_ENABLED : AuditKind.ACCOUNT_DISABLED, "person", personId, null);
    }

    /** Grants or removes the administrator role; never the last administrator ({@link PeopleService#setAdmin}). */
    @Transactional
    public void setAdmin(Viewer viewer, AuditLog.Actor actor, long personId, boolean admin) {
        requireAdmin(viewer);
        people.setAdmin(personId, admin);
        audit.record(actor, admin ? AuditKind.ADMIN_GRANTED : AuditKind.ADMIN_REMOVED, "person", personId, null);
    }

    /**
     * Merges two records of the same person: contributions, memberships, meeting participations, validations,
     * votes, notifications, invitations and open steps of {@code removedId} move to {@code keptId}, then the removed
     * record is deleted. If both have an account, the kept one's stays and the other is closed.
     *
     * @throws coop.faireavec.shared.NotFoundException if either person does not exist
     * @throws coop.faireavec.shared.ConflictException ("conflict.mergeSame") if they are the same record, or
     *         ("conflict.mergeAdminAccount") if it would close an administrator's account for a non-administrator one
     */
    @Transactional
    public void merge(Viewer viewer, AuditLog.Actor actor, long keptId, long removedId) {
        requireAdmin(viewer);
        Person kept = people.get(keptId);
        Person removed = people.get(removedId);
        Optional<UserAccount> keptAccount = people.accountOf(keptId);
        boolean removedIsAdmin =
                people.accountOf(removedId).map(UserAccount::isAdmin).orElse(false);
        if (removedIsAdmin && keptAccount.isPresent() && !keptAccount.get().isAdmin()) {
            // the removed record's account would close, taking an administrator role with it
            throw new coop.faireavec.shared.ConflictException("conflict.mergeAdminAccount");
        }
        merger.merge(keptId, removedId);
        audit.record(
                actor,
                AuditKind.PEOPLE_MERGED,
                "person",
                keptId,
                "person " + removedId + " (" + removed.getDisplayName() + ") merged into " + kept.getId());
    }

    // ---- experimentations and audit ----

    /** Every experimentation by title, with its carriers and number of late open steps. */
    public List<ExperimentationRow> experimentations(Viewer viewer) {
        requireAdmin(viewer);
        Map<Long, Long> late = engine.lateStepsPerExperimentation(clock.instant());
        return experimentations.visibleTo(viewer).stream()
                .map(e -> new ExperimentationRow(e, carrierNames(List.of(e.getId())), late.getOrDefault(e.getId(), 0L)))
                .toList();
    }

    /** The latest audit events, newest first. */
    public List<AuditEvent> latestAudit(Viewer viewer, int limit) {
        requireAdmin(viewer);
        return audit.latest(limit);
    }

    private List<String> carrierNames(Collection<Long> experimentationIds) {
        Set<Long> ids = new HashSet<>();
        for (long e : experimentationIds) {
            memberships.membersOf(e).stream()
                    .filter(m -> m.has(ExperimentationRole.CARRIER))
                    .forEach(m -> ids.add(m.getPersonId()));
        }
        return people.byIds(ids).values().stream()
                .map(Person::getDisplayName)
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
