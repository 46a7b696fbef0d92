package coop.faireavec.personaldata;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.people.UserAccount;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data (issue #16, point 9), on the one definition of "a person's data" ({@link
 * PersonalData}): the person downloads everything held about them; a carrier downloads, for one of their members,
 * what concerns their experimentation (audited, never the ballots); an administrator, or the person themself after
 * giving their password, erases the person (replaced everywhere by "Personne effacée N", contact data and account
 * deleted, kept report versions written again).
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataService {

    /** The reason written on kept report versions made again after an erasure. */
    public static final String REASON_ERASURE = "effacement";

    private final PersonalDataExport export;
    private final PersonalDataEraser eraser;
    private final AccessGuard guard;
    private final MembershipService memberships;
    private final PeopleService people;
    private final ReportService reports;
    private final AuditLog audit;
    private final PasswordEncoder passwords;

    PersonalDataService(
            PersonalDataExport export,
            PersonalDataEraser eraser,
            AccessGuard guard,
            MembershipService memberships,
            PeopleService people,
            ReportService reports,
            AuditLog audit,
            PasswordEncoder passwords) {
        this.export = export;
        this.eraser = eraser;
        this.guard = guard;
        this.memberships = memberships;
        this.people = people;
        this.reports = reports;
        this.audit = audit;
        this.passwords = passwords;
    }

    /**
     * Everything held about the viewer, their own ballots included.
     *
     * @return the viewer's data, every section of the definition
     */
    public PersonalDataSet ownData(Viewer viewer) {
        return export.export(viewer.personId(), null, true);
    }

    /**
     * What concerns one experimentation of one of its members, for a carrier of it (or an administrator); never the
     * member's ballots. Recorded in the audit ({@link AuditKind#PERSONAL_DATA_DOWNLOADED}, on the person).
     *
     * @param actor who downloads, for the audit
     * @return the member's profile and the rows of that experimentation
     * @throws AccessDeniedException (403) unless the viewer is a carrier of the experimentation or an administrator
     * @throws NotFoundException (404) when the person is not a member of it
     */
    @Transactional
    public PersonalDataSet memberData(Viewer viewer, AuditLog.Actor actor, long experimentationId, long personId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        if (memberships.membership(personId, experimentationId).isEmpty()) {
            throw new NotFoundException("member of experimentation " + experimentationId, personId);
        }
        audit.record(
                actor, AuditKind.PERSONAL_DATA_DOWNLOADED, "person", personId, "experimentation " + experimentationId);
        return export.export(personId, experimentationId, false);
    }

    /**
     * Whether {@code rawPassword} is the viewer's password (asked again before they erase themself).
     *
     * @return false when it is not, or when the viewer has no account
     */
    public boolean passwordMatches(Viewer viewer, String rawPassword) {
        return rawPassword != null
                && people.accountOf(viewer.personId())
                        .map(UserAccount::getPasswordHash)
                        .map(hash -> passwords.matches(rawPassword, hash))
                        .orElse(false);
    }

    /**
     * The person an administrator is about to erase.
     *
     * @throws AccessDeniedException (403) unless the viewer is an administrator
     * @throws NotFoundException (404) when there is no such person
     */
    public Person person(Viewer viewer, long personId) {
        requireAdmin(viewer);
        return people.get(personId);
    }

    /** Whether that person was erased already (their name is then the pseudonym). */
    public boolean erased(long personId) {
        return eraser.isErased(personId);
    }

    /**
     * An administrator erases a person (see {@link #erase}).
     *
     * @throws AccessDeniedException (403) unless the viewer is an administrator
     */
    @Transactional
    public int eraseAsAdministrator(Viewer viewer, AuditLog.Actor actor, long personId) {
        requireAdmin(viewer);
        return erase(personId, actor);
    }

    /**
     * The person erases themself, having typed their password again (checked here too).
     *
     * @throws AccessDeniedException (403) when the password is not theirs
     */
    @Transactional
    public int eraseOwn(Viewer viewer, AuditLog.Actor actor, String rawPassword) {
        if (!passwordMatches(viewer, rawPassword)) {
            throw new AccessDeniedException("password not confirmed");
        }
        return erase(viewer.personId(), actor);
    }

    /**
     * Erases a person: every row the definition of a person's data marks for deletion is deleted (account, and so
     * every live session; invitation codes, password links, in-app messages, mails to their address), the person
     * becomes "Personne effacée N" without e-mail, phone or language, every other row stays and points at that
     * pseudonym (counts and reports stay whole), and the kept report versions of each experimentation they were a
     * member of are written again ({@link ReportService#regenerateKept}). Open steps they held are given back.
     * Recorded in the audit ({@link AuditKind#PERSONAL_DATA_ERASED}, with the number N and no name). No access check:
     * callers check (administrator, the person themself, the retention period).
     *
     * @param by who erases, for the audit
     * @return N, the erased person's number
     * @throws NotFoundException when there is no such person
     * @throws coop.faireavec.shared.ConflictException ("conflict.alreadyErased") when already erased,
     *     ("conflict.eraseLastAdmin") when the person holds the platform's last administrator account
     */
    @Transactional
    public int erase(long personId, AuditLog.Actor by) {
        PersonalDataEraser.Erased erased = eraser.erase(personId);
        for (long experimentationId : erased.experimentationIds()) {
            reports.regenerateKept(experimentationId, REASON_ERASURE);
        }
        // a person erasing themself is named in the audit by their pseudonym, like every earlier event of theirs
        AuditLog.Actor actor = by.personId() != null && by.personId() == personId
                ? new AuditLog.Actor(personId, PersonalDataEraser.PSEUDONYM + erased.number(), by.clientAddress())
                : by;
        audit.record(actor, AuditKind.PERSONAL_DATA_ERASED, "person", personId, "n° " + erased.number());
        return erased.number();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
