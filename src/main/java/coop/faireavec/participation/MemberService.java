package coop.faireavec.participation;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.people.UserAccount;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols people in an experimentation and lists its members by college. */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MembershipService memberships;
    private final PeopleService people;
    private final AccessGuard guard;
    private final AuditLog audit;

    MemberService(MembershipService memberships, PeopleService people, AccessGuard guard, AuditLog audit) {
        this.audit = audit;
        this.memberships = memberships;
        this.people = people;
        this.guard = guard;
    }

    /** A member as shown on the pages: who, which college, which roles, whether they can sign in. */
    public record Member(
            long personId,
            String displayName,
            College college,
            Set<ExperimentationRole> roles,
            String username,
            boolean hasEmail,
            boolean hasPhone,
            boolean mayRecordForOthers) {

        /** Only practitioners may be allowed to record for others; carriers always may. */
        public boolean canBeAllowedToRecord() {
            return college == College.PRACTITIONERS && !roles.contains(ExperimentationRole.CARRIER);
        }
    }

    /**
     * What a carrier types to add someone new; username and password are optional (many have no account), and so is
     * the language of their e-mails ({@code language} "en"; empty: French).
     */
    public record NewMember(
            String displayName,
            String email,
            String phone,
            College college,
            ExperimentationRole role,
            String username,
            String password,
            String language) {

        /** Someone who reads French (the default). */
        public NewMember(
                String displayName,
                String email,
                String phone,
                College college,
                ExperimentationRole role,
                String username,
                String password) {
            this(displayName, email, phone, college, role, username, password, null);
        }
    }

    public List<Member> members(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        List<Membership> list = memberships.membersOf(experimentationId);
        Set<Long> ids = new HashSet<>();
        list.forEach(m -> ids.add(m.getPersonId()));
        Map<Long, Person> persons = people.byIds(ids);
        Map<Long, String> usernames = people.usernamesOf(ids);
        return list.stream()
                .map(m -> {
                    Person p = persons.get(m.getPersonId());
                    return new Member(
                            p.getId(),
                            p.getDisplayName(),
                            m.getCollege(),
                            m.getRoles(),
                            usernames.get(p.getId()),
                            p.getEmail() != null,
                            p.getPhone() != null,
                            m.isMayRecordForOthers());
                })
                .sorted(Comparator.comparing(Member::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Members grouped by college, in the colleges' order; people without a college come last (key null). */
    public Map<College, List<Member>> membersByCollege(Viewer viewer, long experimentationId) {
        Map<College, List<Member>> byCollege = new LinkedHashMap<>();
        for (College c : College.values()) {
            byCollege.put(c, new ArrayList<>());
        }
        byCollege.put(null, new ArrayList<>());
        for (Member m : members(viewer, experimentationId)) {
            byCollege.get(m.college()).add(m);
        }
        return byCollege;
    }

    public boolean usernameTaken(String username) {
        return people.usernameTaken(username);
    }

    /** Adds a new person (with an account if a username is given). Only carriers (and admins) may. */
    @Transactional
    public Person addNewPerson(Viewer viewer, long experimentationId, NewMember member) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Person person = people.createPerson(member.displayName(), member.email(), member.phone(), member.language());
        if (member.username() != null && !member.username().isBlank()) {
            people.createAccount(person, member.username(), member.password(), false);
        }
        Membership added =
                memberships.addMember(person.getId(), experimentationId, member.college(), Set.of(member.role()));
        auditAdded(viewer, added);
        return person;
    }

    /**
     * A carrier allows (or no longer allows) a practitioner to record contributions for other members. Only members
     * of the practitioners' college can be allowed.
     */
    @Transactional
    public void allowRecordingForOthers(Viewer viewer, long experimentationId, long personId, boolean allowed) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Membership m = memberships
                .membership(personId, experimentationId)
                .orElseThrow(() -> new coop.faireavec.shared.NotFoundException("member", String.valueOf(personId)));
        if (m.getCollege() != College.PRACTITIONERS || m.has(ExperimentationRole.CARRIER)) {
            throw new IllegalArgumentException("only practitioners can be allowed to record for others");
        }
        memberships.setMayRecordForOthers(m.getId(), allowed);
        audit.record(
                audit.actor(viewer.personId()),
                AuditKind.MEMBER_ROLE_CHANGED,
                "membership",
                m.getId(),
                allowed ? "may record for others" : "may no longer record for others",
                experimentationId,
                personId);
    }

    /** Writes to the audit that the viewer added this member (college and role, nothing else). */
    private void auditAdded(Viewer viewer, Membership added) {
        audit.record(
                audit.actor(viewer.personId()),
                AuditKind.MEMBER_ADDED,
                "membership",
                added.getId(),
                added.getCollege() + " " + added.getRoles(),
                added.getExperimentationId(),
                added.getPersonId());
    }

    /** Adds someone who already has an account (e.g. active in another experimentation). */
    @Transactional
    public Person addExistingAccount(
            Viewer viewer, long experimentationId, String username, College college, ExperimentationRole role) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        UserAccount account =
                people.accountByUsername(username).orElseThrow(() -> new IllegalArgumentException("unknown username"));
        if (memberships
                .membership(account.getPerson().getId(), experimentationId)
                .isPresent()) {
            throw new ConflictException("conflict.alreadyMember");
        }
        Membership added = memberships.addMember(account.getPerson().getId(), experimentationId, college, Set.of(role));
        auditAdded(viewer, added);
        return account.getPerson();
    }
}
