package coop.faireavec.setup;

import coop.faireavec.notification.NotificationService;
import coop.faireavec.people.PasswordPolicy;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.shared.OneTimeTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator. While no account has the platform's ADMIN role, each start of the application prints a
 * one-time set-up address ({@code <faireavec.public-url>/setup?token=...}, valid 24 hours, until used or replaced by
 * the next start); with it, whoever read the log creates the first administrator. For scripted deployments the same
 * account can be made from the command line ({@link AdminCommandLine}).
 */
@Service
@Transactional(readOnly = true)
public class SetupService {

    /** How long a set-up address works. */
    static final Duration VALIDITY = Duration.ofHours(24);
    /** The same usernames as on the invitation page: 3 to 60 letters, digits, dots, dashes or underscores. */
    static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9._-]{3,60}$");

    /** An address with one @, something on each side and a dot in the domain (no space). */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SetupTokenRepository tokens;
    private final PeopleService people;
    private final PasswordPolicy passwords;
    private final NotificationService notifications;
    private final Clock clock;

    SetupService(
            SetupTokenRepository tokens,
            PeopleService people,
            PasswordPolicy passwords,
            NotificationService notifications,
            Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.passwords = passwords;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A set-up address just made: the full link (with the token, shown nowhere else) and when it stops working. */
    public record SetupAddress(String link, Instant expiresAt) {}

    /**
     * The administrator to create. {@code email} is optional (blank: none); with one, the administrator can use the
     * forgotten-password link.
     */
    public record NewAdministrator(String displayName, String email, String username, String rawPassword) {}

    /** True while the platform has no administrator, i.e. while set-up is possible. */
    public boolean needed() {
        return !people.anyAdministrator();
    }

    /**
     * If there is no administrator: voids every earlier set-up address and makes a new one, valid {@link #VALIDITY}
     * from now. Returns it, or empty when an administrator exists (nothing is made then).
     */
    @Transactional
    public Optional<SetupAddress> openIfNoAdministrator() {
        if (!needed()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        closeOpenTokens(now);
        String token = OneTimeTokens.generate();
        Instant expiresAt = now.plus(VALIDITY);
        tokens.save(new SetupToken(OneTimeTokens.hash(token), now, expiresAt));
        return Optional.of(new SetupAddress(notifications.absoluteLink("/setup?token=" + token), expiresAt));
    }

    /**
     * Why this token does not open the set-up form now ({@link SetupProblem#DONE} once an administrator exists,
     * whatever the token), or empty if it does.
     */
    public Optional<SetupProblem> check(String token) {
        if (!needed()) {
            return Optional.of(SetupProblem.DONE);
        }
        if (token == null || token.isBlank()) {
            return Optional.of(SetupProblem.MISSING);
        }
        if (!OneTimeTokens.wellFormed(token.strip())) {
            return Optional.of(SetupProblem.UNKNOWN);
        }
        return tokens.findByTokenHash(OneTimeTokens.hash(token.strip()))
                .map(t -> Optional.ofNullable(t.problemAt(clock.instant())))
                .orElse(Optional.of(SetupProblem.UNKNOWN));
    }

    /**
     * What is wrong with this administrator, as field name ({@code displayName}, {@code email},
     * {@code username}, {@code password}) to message key, in that order; empty if nothing. The password follows {@link PasswordPolicy}.
     */
    public Map<String, String> problems(NewAdministrator admin) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (admin.displayName() == null || admin.displayName().isBlank()) {
            problems.put("displayName", "form.setup.displayNameRequired");
        } else if (admin.displayName().strip().length() > 120) {
            problems.put("displayName", "form.setup.displayNameTooLong");
        }
        if (admin.email() != null
                && !admin.email().isBlank()
                && (admin.email().strip().length() > 254
                        || !EMAIL.matcher(admin.email().strip()).matches())) {
            problems.put("email", "form.email");
        }
        String username = admin.username() == null ? "" : admin.username().strip();
        if (username.isEmpty()) {
            problems.put("username", "form.setup.usernameRequired");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.put("username", "form.username");
        } else if (people.usernameTaken(username)) {
            problems.put("username", "form.usernameTaken");
        }
        passwords.problem(admin.rawPassword(), username).ifPresent(key -> problems.put("password", key));
        return problems;
    }

    /**
     * Uses the set-up token: creates the first administrator (a person and an account with the ADMIN role) and voids
     * the token. Returns the username to sign in with. The caller has checked {@link #problems}.
     *
     * @throws NotFoundException if an administrator exists already ({@code /setup} is gone)
     * @throws ConflictException with the {@link SetupProblem}'s message if the token no longer works (e.g. used by
     *                           someone else a moment ago)
     */
    @Transactional
    public String createFirstAdministrator(String token, NewAdministrator admin) {
        Optional<SetupProblem> problem = check(token);
        if (problem.isPresent()) {
            if (problem.get() == SetupProblem.DONE) {
                throw new NotFoundException("setup", 0);
            }
            throw new ConflictException(problem.get().messageKey());
        }
        SetupToken used =
                tokens.findByTokenHash(OneTimeTokens.hash(token.strip())).orElseThrow();
        used.markUsed(clock.instant());
        try {
            tokens.saveAndFlush(used);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException(SetupProblem.USED.messageKey());
        }
        return createAccount(admin);
    }

    /**
     * Creates an administrator without a set-up address (the command line: whoever runs it already holds the
     * server), and voids any open set-up address. Returns the username.
     *
     * @throws IllegalArgumentException if {@link #problems} finds any
     */
    @Transactional
    public String createAdministrator(NewAdministrator admin) {
        Map<String, String> problems = problems(admin);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid administrator: " + problems);
        }
        closeOpenTokens(clock.instant());
        return createAccount(admin);
    }

    private String createAccount(NewAdministrator admin) {
        Person person = people.createPerson(admin.displayName().strip(), admin.email(), null);
        return people.createAccount(person, admin.username().strip(), admin.rawPassword(), true)
                .getUsername();
    }

    private void closeOpenTokens(Instant now) {
        tokens.findByUsedAtIsNullAndRevokedAtIsNull().forEach(t -> t.revoke(now));
    }
}
