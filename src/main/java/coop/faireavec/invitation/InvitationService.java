package coop.faireavec.invitation;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.people.UserAccount;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitation codes. A carrier makes one for a person of their experimentation and gives it on paper;
 * with it the person chooses a password (and a username if they have no account yet). Making a new code for
 * someone cancels their older unused ones.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final InvitationRepository invitations;
    private final PeopleService people;
    private final MembershipService memberships;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;
    private final Clock clock;
    private final NotificationService notifications;
    private final AuditLog audit;

    InvitationService(
            InvitationRepository invitations,
            PeopleService people,
            MembershipService memberships,
            ExperimentationService experimentations,
            AccessGuard guard,
            Clock clock,
            NotificationService notifications,
            AuditLog audit) {
        this.audit = audit;
        this.notifications = notifications;
        this.invitations = invitations;
        this.people = people;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.guard = guard;
        this.clock = clock;
    }

    /** A code just made: the plain code is in here and nowhere else, to be shown once on the printable card. */
    public record IssuedInvitation(
            String code,
            String personName,
            String experimentationTitle,
            long experimentationId,
            LocalDate expiresOn,
            boolean resetsAccess) {

        public String groupedCode() {
            return InvitationCodes.grouped(code);
        }
    }

    /**
     * Makes a code and sends it by e-mail to a member who has an address, with the link that fills it in. If no
     * mail can go (mail off, no address), nothing is kept and the carrier is told to print the card instead.
     */
    @Transactional
    public IssuedInvitation sendByMail(Viewer viewer, long experimentationId, long personId) {
        IssuedInvitation issued = create(viewer, experimentationId, personId);
        boolean sent = notifications.mailPersonally(
                personId,
                "invitation.mail.subject",
                "invitation.mail.body",
                new Object[] {issued.experimentationTitle(), issued.groupedCode(), issued.expiresOn()},
                "/invitation?code=" + issued.code());
        if (!sent) {
            throw new ConflictException("conflict.noMail");
        }
        return issued;
    }

    /** A valid code, as the person who typed it sees it. {@code username} is null if they have no account yet. */
    public record OpenedInvitation(
            String code, String personName, String experimentationTitle, String username, String suggestedUsername) {

        public boolean hasAccount() {
            return username != null;
        }
    }

    /** The outcome of checking a typed code: either an opened invitation or the problem with the code. */
    public record CodeCheck(OpenedInvitation invitation, InvitationProblem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Makes a new code for a member of the experimentation; only its carriers (and administrators) may. Resetting
     * someone's access hands their account to whoever holds the code, so a carrier may do it only for people whose
     * every experimentation they carry, and never for an administrator's account. A code for someone who has an
     * account resets their access: their live sessions end at once, on every node, and the audit notes the reset
     * ({@link AuditKind#ACCESS_RESET}, issue #16 point 3).
     */
    @Transactional
    public IssuedInvitation create(Viewer viewer, long experimentationId, long personId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Experimentation experimentation = experimentations.get(viewer, experimentationId);
        if (memberships.membership(personId, experimentationId).isEmpty()) {
            throw new NotFoundException("member", personId);
        }
        Person person = people.get(personId);
        if (person.isErased()) {
            // an erased person is only a pseudonym now: a code would give their place back to whoever redeems it
            throw new ConflictException("conflict.invitationErased");
        }
        Optional<UserAccount> account = people.accountOf(personId);
        if (!viewer.admin()) {
            if (account.map(UserAccount::isAdmin).orElse(false)) {
                throw new ConflictException("conflict.invitationForAdmin");
            }
            boolean carriesAll = memberships.membershipsOf(personId).stream()
                    .map(Membership::getExperimentationId)
                    .allMatch(e -> guard.hasRole(viewer, e, ExperimentationRole.CARRIER));
            if (!carriesAll) {
                throw new ConflictException("conflict.invitationOtherExperimentation");
            }
        }
        Instant now = clock.instant();
        for (Invitation older : invitations.findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(personId)) {
            older.revoke(now);
        }
        String code;
        do {
            code = InvitationCodes.generate();
        } while (invitations.findByCodeHash(InvitationCodes.hash(code)).isPresent());
        // Valid for 14 days and to the end of that day, so that the date printed on the card is exact.
        LocalDate lastDay = LocalDate.ofInstant(now.plus(VALIDITY), clock.getZone());
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        invitations.save(new Invitation(
                personId, experimentationId, InvitationCodes.hash(code), viewer.personId(), now, expiresAt));
        if (account.isPresent()) {
            people.endSessions(personId);
            audit.record(
                    audit.actor(viewer.personId()),
                    AuditKind.ACCESS_RESET,
                    "person",
                    personId,
                    "experimentation " + experimentationId,
                    experimentationId,
                    personId);
        }
        return new IssuedInvitation(
                code,
                person.getDisplayName(),
                experimentation.getTitle(),
                experimentationId,
                lastDay,
                account.isPresent());
    }

    /** Checks a typed code without using it up. */
    public CodeCheck open(String typed) {
        String code = InvitationCodes.normalize(typed);
        if (!InvitationCodes.wellFormed(code)) {
            return new CodeCheck(null, code.isEmpty() ? InvitationProblem.MISSING : InvitationProblem.MALFORMED);
        }
        Optional<Invitation> found = invitations.findByCodeHash(InvitationCodes.hash(code));
        if (found.isEmpty()) {
            return new CodeCheck(null, InvitationProblem.UNKNOWN);
        }
        Invitation invitation = found.get();
        InvitationProblem problem = invitation.problemAt(clock.instant());
        if (problem != null) {
            return new CodeCheck(null, problem);
        }
        Person person = people.get(invitation.getPersonId());
        String username =
                people.accountOf(person.getId()).map(UserAccount::getUsername).orElse(null);
        String title = experimentations.titleOf(invitation.getExperimentationId());
        return new CodeCheck(
                new OpenedInvitation(
                        code,
                        person.getDisplayName(),
                        title,
                        username,
                        username == null ? suggestUsername(person.getDisplayName()) : null),
                null);
    }

    /**
     * Uses the code up: creates the person's account with this username and password, or gives their existing
     * account this new password (the username is then ignored). Returns the username to sign in with.
     * The caller has checked the username and the password. The code is locked while it is used, so that of two
     * clicks at once one redeems it and the other finds it used.
     *
     * @throws ConflictException with an {@code invitation.problem.*} key if the code is unknown, used, replaced or
     *         expired
     * @throws IllegalArgumentException if the password breaks the policy or the username is taken
     */
    @Transactional
    public String redeem(String typed, String username, String rawPassword) {
        String code = InvitationCodes.normalize(typed);
        Invitation invitation = invitations
                .lockByCodeHash(InvitationCodes.hash(code))
                .orElseThrow(() -> new ConflictException(InvitationProblem.UNKNOWN.messageKey()));
        Instant now = clock.instant();
        InvitationProblem problem = invitation.problemAt(now);
        if (problem != null) {
            throw new ConflictException(problem.messageKey());
        }
        invitation.markUsed(now);
        invitations.saveAndFlush(invitation);
        long personId = invitation.getPersonId();
        if (people.accountOf(personId).isPresent()) {
            return people.resetPassword(personId, rawPassword);
        }
        return people.createAccount(people.get(personId), username, rawPassword, false)
                .getUsername();
    }

    /**
     * Whether this code has been used up by this person (e.g. the first click of a double click signed them in).
     *
     * @param typed the code as typed (any form {@link InvitationCodes#normalize(String)} accepts)
     * @param personId the person signed in
     */
    public boolean usedBy(String typed, long personId) {
        String code = InvitationCodes.normalize(typed);
        return InvitationCodes.wellFormed(code)
                && invitations
                        .findByCodeHash(InvitationCodes.hash(code))
                        .filter(i -> i.getUsedAt() != null && i.getPersonId() == personId)
                        .isPresent();
    }

    /** A free username made from the person's name: "Zoé Martin" gives "zoe.martin" (or "zoe.martin2"...). */
    String suggestUsername(String displayName) {
        String base = Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.+|\\.+$", "");
        if (base.length() > 30) {
            base = base.substring(0, 30).replaceAll("\\.+$", "");
        }
        if (base.length() < 3) {
            base = base.isEmpty() ? "participant" : "participant." + base;
        }
        String candidate = base;
        for (int n = 2; people.usernameTaken(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
