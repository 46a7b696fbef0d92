package coop.faireavec.passwordreset;

import coop.faireavec.notification.NotificationService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.UserAccount;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.OneTimeTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords, for people who have an e-mail address: a one-time link, valid {@link #VALIDITY}, mailed in
 * the person's language, lets them choose a new password. Asking never tells whether the address is known. People
 * without an address ask their carrier for a new invitation code instead (the invitation feature).
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    /** How long a link works. */
    static final Duration VALIDITY = Duration.ofHours(1);
    /** At most this many links per person per {@link #VALIDITY}, so nobody's mailbox can be flooded. */
    static final int MAX_PER_PERIOD = 3;

    private final PasswordResetRepository resets;
    private final PeopleService people;
    private final NotificationService notifications;
    private final Clock clock;

    PasswordResetService(
            PasswordResetRepository resets, PeopleService people, NotificationService notifications, Clock clock) {
        this.resets = resets;
        this.people = people;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A link that works, as its holder sees it: the username it changes the password of, and the person's name. */
    public record OpenedReset(String username, String personName) {}

    /** The outcome of opening a link: either the opened reset or the problem with the link. */
    public record ResetCheck(OpenedReset reset, PasswordResetProblem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Mails a new link to every enabled account of the people with this address (each link replaces that person's
     * earlier unused ones), after the transaction commits. An unknown address, mail being off, or the per-person
     * limit reached: nothing is sent, and the caller cannot tell (the page says the same in every case).
     */
    @Transactional
    public void sendLinks(String email) {
        Instant now = clock.instant();
        for (UserAccount account : people.accountsWithEmail(email)) {
            long personId = account.getPerson().getId();
            if (!account.isEnabled()) {
                continue;
            }
            if (resets.countByPersonIdAndCreatedAtAfter(personId, now.minus(VALIDITY)) >= MAX_PER_PERIOD) {
                log.info(
                        "forgotten-password link not sent to person {}: {} already sent within {}",
                        personId,
                        MAX_PER_PERIOD,
                        VALIDITY);
                continue;
            }
            String token = OneTimeTokens.generate();
            boolean sent = notifications.mailPersonally(
                    personId,
                    "passwordReset.mail.subject",
                    "passwordReset.mail.body",
                    new Object[] {account.getUsername()},
                    "/password/reset?token=" + token);
            if (sent) {
                resets.findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(personId).forEach(r -> r.revoke(now));
                resets.save(new PasswordReset(personId, OneTimeTokens.hash(token), now, now.plus(VALIDITY)));
            }
        }
    }

    /** Checks a link's token without using it up. */
    public ResetCheck open(String token) {
        Optional<PasswordReset> found = find(token);
        if (found.isEmpty()) {
            return new ResetCheck(
                    null,
                    token == null || token.isBlank() ? PasswordResetProblem.MISSING : PasswordResetProblem.UNKNOWN);
        }
        PasswordResetProblem problem = found.get().problemAt(clock.instant());
        if (problem != null) {
            return new ResetCheck(null, problem);
        }
        long personId = found.get().getPersonId();
        String username =
                people.accountOf(personId).map(UserAccount::getUsername).orElse(null);
        if (username == null) {
            return new ResetCheck(null, PasswordResetProblem.UNKNOWN);
        }
        return new ResetCheck(new OpenedReset(username, people.get(personId).getDisplayName()), null);
    }

    /**
     * Uses the link up and gives its account this new password (the caller checked it against the password
     * policy); the person's other unused links stop working too. Returns the username to sign in with.
     *
     * @throws ConflictException with the problem's message if the link no longer works (e.g. used a moment ago)
     */
    @Transactional
    public String reset(String token, String rawPassword) {
        ResetCheck check = open(token);
        if (!check.ok()) {
            throw new ConflictException(check.problem().messageKey());
        }
        PasswordReset reset = find(token).orElseThrow();
        Instant now = clock.instant();
        reset.markUsed(now);
        try {
            resets.saveAndFlush(reset);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException(PasswordResetProblem.USED.messageKey());
        }
        resets.findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(reset.getPersonId())
                .forEach(r -> r.revoke(now));
        return people.resetPassword(reset.getPersonId(), rawPassword);
    }

    private Optional<PasswordReset> find(String token) {
        if (!OneTimeTokens.wellFormed(token == null ? null : token.strip())) {
            return Optional.empty();
        }
        return resets.findByTokenHash(OneTimeTokens.hash(token.strip()));
    }
}
