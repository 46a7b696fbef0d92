package coop.faireavec.directory;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondents page (issue #17, point 2): who keeps the territory's directory alive and how big their round
 * is; carriers on the territory and administrators appoint one among the practitioners (college PRACTITIONERS) of
 * the experimentations on the territory they belong to (administrators: all of them), and end a role.
 */
@Service
@Transactional(readOnly = true)
public class CorrespondentRoster {

    private final CorrespondentService correspondents;
    private final DirectoryAccess access;
    private final ExperimentationService experimentations;
    private final MembershipService memberships;
    private final PeopleService people;
    private final RoundService rounds;

    CorrespondentRoster(
            CorrespondentService correspondents,
            DirectoryAccess access,
            ExperimentationService experimentations,
            MembershipService memberships,
            PeopleService people,
            RoundService rounds) {
        this.correspondents = correspondents;
        this.access = access;
        this.experimentations = experimentations;
        this.memberships = memberships;
        this.people = people;
        this.rounds = rounds;
    }

    /**
     * An active correspondent.
     *
     * @param personId    their person id
     * @param name        their display name
     * @param appointedAt since when (UTC)
     * @param roundSize   records given to them in the open round (0 when none is open)
     */
    public record Line(long personId, String name, Instant appointedAt, long roundSize) {}

    /**
     * A practitioner who may be appointed.
     *
     * @param personId their person id
     * @param name     their display name
     */
    public record Candidate(long personId, String name) {}

    /**
     * The territory's active correspondents, longest-serving first.
     *
     * @throws AccessDeniedException unless the viewer may read the territory's directory
     */
    public List<Line> lines(Viewer viewer, long territoryId) {
        access.requireReader(viewer, territoryId);
        List<Correspondent> active = correspondents.correspondentsOf(territoryId);
        Map<Long, Person> names =
                people.byIds(active.stream().map(Correspondent::getPersonId).toList());
        Map<Long, Long> sizes = rounds.roundSizes(territoryId);
        return active.stream()
                .map(c -> new Line(
                        c.getPersonId(),
                        names.containsKey(c.getPersonId())
                                ? names.get(c.getPersonId()).getDisplayName()
                                : "",
                        c.getAppointedAt(),
                        sizes.getOrDefault(c.getPersonId(), 0L)))
                .toList();
    }

    /** Whether the viewer may appoint the territory's correspondents and end their role. */
    public boolean mayAppoint(Viewer viewer, long territoryId) {
        return access.mayAppoint(viewer, territoryId);
    }

    /**
     * The practitioners the viewer may appoint: members of college PRACTITIONERS of the experimentations on the
     * territory the viewer sees, not yet correspondents, by name.
     *
     * @throws AccessDeniedException unless the viewer may appoint
     */
    public List<Candidate> candidates(Viewer viewer, long territoryId) {
        access.requireAppointer(viewer, territoryId);
        Set<Long> already = correspondents.correspondentsOf(territoryId).stream()
                .map(Correspondent::getPersonId)
                .collect(Collectors.toSet());
        Set<Long> ids = practitioners(viewer, territoryId).stream()
                .filter(id -> !already.contains(id))
                .collect(Collectors.toSet());
        return people.byIds(ids).values().stream()
                .map(p -> new Candidate(p.getId(), p.getDisplayName()))
                .sorted(Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Appoints a practitioner of the territory correspondent (and starts the upkeep if it was not running).
     *
     * @param personId the chosen person, null when none was chosen
     * @return the message key of the problem, empty when appointed
     * @throws AccessDeniedException unless the viewer may appoint
     */
    @Transactional
    public Optional<String> appoint(Viewer viewer, long territoryId, Long personId) {
        access.requireAppointer(viewer, territoryId);
        if (personId == null) {
            return Optional.of("directory.correspondents.error.choose");
        }
        if (!practitioners(viewer, territoryId).contains(personId)) {
            return Optional.of("directory.correspondents.error.notPractitioner");
        }
        correspondents.appoint(viewer, territoryId, personId);
        return Optional.empty();
    }

    /**
     * Appoints several practitioners in one transaction, so that they share the first round (it opens in a job once
     * the transaction has committed).
     *
     * @return the message key of the first problem met (nobody is appointed then), empty when all are appointed
     * @throws AccessDeniedException unless the viewer may appoint
     */
    @Transactional
    public Optional<String> appointAll(Viewer viewer, long territoryId, List<Long> personIds) {
        access.requireAppointer(viewer, territoryId);
        Set<Long> allowed = practitioners(viewer, territoryId);
        if (!allowed.containsAll(personIds)) {
            return Optional.of("directory.correspondents.error.notPractitioner");
        }
        personIds.forEach(id -> correspondents.appoint(viewer, territoryId, id));
        return Optional.empty();
    }

    /**
     * Ends a correspondent's role.
     *
     * @return whether a role was ended (false: the person was no correspondent of the territory)
     * @throws AccessDeniedException unless the viewer may appoint
     */
    @Transactional
    public boolean end(Viewer viewer, long territoryId, long personId) {
        return correspondents.end(viewer, territoryId, personId);
    }

    private Set<Long> practitioners(Viewer viewer, long territoryId) {
        return experimentations.visibleTo(viewer).stream()
                .filter(e -> e.getTerritory().getId() == territoryId)
                .map(Experimentation::getId)
                .flatMap(id -> memberships.membersOf(id).stream())
                .filter(m -> m.getCollege() == College.PRACTITIONERS)
                .map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }
}
