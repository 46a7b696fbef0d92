package coop.faireavec.participation;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.shared.RequestMemo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which experimentation, in which college and with which roles.
 * Access checks elsewhere rely on this service only.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MembershipRepository memberships;
    private final PseudonymCounterRepository counters;
    private final Clock clock;

    MembershipService(MembershipRepository memberships, PseudonymCounterRepository counters, Clock clock) {
        this.clock = clock;
        this.memberships = memberships;
        this.counters = counters;
    }

    /**
     * That person's membership of that experimentation, empty when they are not a member. In a GET request it is
     * taken from the person's memberships read once for the request ({@link RequestMemo}).
     */
    public Optional<Membership> membership(long personId, long experimentationId) {
        if (RequestMemo.active()) {
            return membershipsOf(personId).stream()
                    .filter(m -> m.getExperimentationId() == experimentationId)
                    .findFirst();
        }
        return memberships.findByPersonIdAndExperimentationId(personId, experimentationId);
    }

    public Set<ExperimentationRole> rolesOf(long personId, long experimentationId) {
        return membership(personId, experimentationId).map(Membership::getRoles).orElse(Set.of());
    }

    /** The members of that experimentation with their roles (read once per GET request, {@link RequestMemo}). */
    public List<Membership> membersOf(long experimentationId) {
        return new ArrayList<>(RequestMemo.get(
                "members-of:" + experimentationId, () -> memberships.findByExperimentationId(experimentationId)));
    }

    /** The college of each member of that experimentation who has one (carriers and committee often have none). */
    public Map<Long, College> collegeByPerson(long experimentationId) {
        Map<Long, College> collegeOf = new HashMap<>();
        for (Membership m : membersOf(experimentationId)) {
            if (m.getCollege() != null) {
                collegeOf.put(m.getPersonId(), m.getCollege());
            }
        }
        return collegeOf;
    }

    /** That person's memberships with their roles (read once per GET request, {@link RequestMemo}). */
    public List<Membership> membershipsOf(long personId) {
        return new ArrayList<>(
                RequestMemo.get("memberships-of:" + personId, () -> memberships.findByPersonId(personId)));
    }

    /**
     * The engine candidate groups a person belongs to, derived from memberships
     * (e.g. exp-42-carrier, exp-42-committee, exp-42-participant, exp-42-LIVED_EXPERIENCE).
     */
    public Set<String> candidateGroupsOf(long personId) {
        Set<String> groups = new TreeSet<>();
        for (Membership m : membershipsOf(personId)) {
            groups.addAll(candidateGroups(m));
        }
        return groups;
    }

    static Set<String> candidateGroups(Membership m) {
        Set<String> groups = new TreeSet<>();
        long exp = m.getExperimentationId();
        for (ExperimentationRole role : m.getRoles()) {
            groups.add(ProcessConstants.roleGroup(exp, role.name()));
        }
        if (m.getCollege() != null) {
            groups.add(ProcessConstants.collegeGroup(exp, m.getCollege().name()));
        }
        return groups;
    }

    /** The members of one experimentation who belong to any of these candidate groups. */
    public Set<Long> peopleInGroups(long experimentationId, Collection<String> groups) {
        Set<Long> people = new TreeSet<>();
        for (Membership m : membersOf(experimentationId)) {
            if (!Collections.disjoint(candidateGroups(m), groups)) {
                people.add(m.getPersonId());
            }
        }
        return people;
    }

    /**
     * Whether that person may complete steps for other members of that experimentation: its carriers, and the
     * practitioners a carrier allowed.
     */
    public boolean mayRecordForOthers(long personId, long experimentationId) {
        return membership(personId, experimentationId)
                .map(m -> m.has(ExperimentationRole.CARRIER) || m.isMayRecordForOthers())
                .orElse(false);
    }

    /** The members of one experimentation in any of these groups, with their college (one query for a page). */
    public List<Membership> membersInGroups(long experimentationId, Collection<String> groups) {
        return membersOf(experimentationId).stream()
                .filter(m -> !Collections.disjoint(candidateGroups(m), groups))
                .toList();
    }

    @Transactional
    void setMayRecordForOthers(long membershipId, boolean allowed) {
        RequestMemo.forget();
        memberships.findById(membershipId).orElseThrow().setMayRecordForOthers(allowed);
    }

    @Transactional
    public Membership addMember(
            long personId, long experimentationId, College college, Set<ExperimentationRole> roles) {
        if (memberships
                .findByPersonIdAndExperimentationId(personId, experimentationId)
                .isPresent()) {
            throw new IllegalStateException("already a member");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a member needs at least one role");
        }
        RequestMemo.forget();
        Membership m = new Membership(personId, experimentationId, college, roles, clock.instant());
        if (college == College.LIVED_EXPERIENCE) {
            m.setPseudonymNo(nextPseudonymNo(experimentationId));
        }
        return memberships.save(m);
    }

    /**
     * The next pseudonym number of that experimentation (1, 2, 3...), from its counter locked until the transaction
     * ends; numbers are never given twice, even when a member leaves.
     */
    private int nextPseudonymNo(long experimentationId) {
        PseudonymCounter counter = counters.findByExperimentationId(experimentationId)
                .orElseGet(() -> counters.save(new PseudonymCounter(experimentationId)));
        return counter.next();
    }
}
