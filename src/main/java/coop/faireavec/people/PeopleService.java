package coop.faireavec.people;

import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwords;
    private final Clock clock;

    PeopleService(
            PersonRepository people,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwords,
            Clock clock) {
        this.clock = clock;
        this.people = people;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
    }

    public Person get(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    public Map<Long, Person> byIds(Collection<Long> ids) {
        return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    public Optional<UserAccount> accountByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.trim());
    }

    /** The person's sign-in, if they have one. */
    public Optional<UserAccount> accountOf(long personId) {
        return accounts.findByPersonId(personId);
    }

    public boolean usernameTaken(String username) {
        return accounts.existsByUsernameIgnoreCase(username.trim());
    }

    /** True once some account has the platform's ADMIN role (the first administrator exists). */
    public boolean anyAdministrator() {
        return accounts.existsByAdminTrue();
    }

    /**
     * The accounts of the people with this e-mail address (compared without regard to case; several people may
     * share one address, e.g. a family's). Empty for a blank or unknown address.
     */
    public List<UserAccount> accountsWithEmail(String email) {
        return email == null || email.isBlank() ? List.of() : accounts.findByPerson_EmailIgnoreCase(email.strip());
    }

    /** Usernames of the given people who have an account (people without one are simply absent). */
    public Map<Long, String> usernamesOf(Collection<Long> personIds) {
        return accounts.findByPersonIdIn(personIds).stream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), UserAccount::getUsername));
    }

    @Transactional
    public Person createPerson(String displayName, String email, String phone) {
        return people.save(new Person(displayName.trim(), email, phone, clock.instant()));
    }

    /** A new person who reads another language than French ({@code language} null or blank: French). */
    @Transactional
    public Person createPerson(String displayName, String email, String phone, String language) {
        Person person = createPerson(displayName, email, phone);
        if (language != null && !language.isBlank()) {
            setPreferredLanguage(person.getId(), language);
        }
        return person;
    }

    /**
     * Remembers the language a person reads (e-mails, and the pages when they sign in). Only the languages Faire-Avec
     * speaks are accepted ("fr", "en"); anything else is refused. Saving the same choice again writes nothing.
     */
    @Transactional
    public void setPreferredLanguage(long personId, String language) {
        Language chosen = Language.fromCode(language)
                .orElseThrow(() -> new IllegalArgumentException("unsupported language: " + language));
        get(personId).setPreferredLanguage(chosen);
    }

    /**
     * Creates a sign-in from an existing bcrypt hash (accounts brought over from another tool; test data, which
     * would otherwise spend most of its time hashing).
     */
    @Transactional
    public UserAccount createAccountWithHash(Person person, String username, String bcryptHash, boolean admin) {
        if (usernameTaken(username)) {
            throw new IllegalArgumentException("username taken: " + username);
        }
        if (!bcryptHash.startsWith("$2")) {
            throw new IllegalArgumentException("not a bcrypt hash");
        }
        return accounts.save(new UserAccount(
                person, username.trim().toLowerCase(java.util.Locale.ROOT), bcryptHash, admin, clock.instant()));
    }

    /**
     * Creates a demo account from a bcrypt hash (the demo seeder's accounts, password "demo"), marked as a demo
     * account so that a production start-up can refuse to run while it keeps that password (issue #16, point 3).
     *
     * @throws IllegalArgumentException if the username is taken or the hash is not a bcrypt hash
     */
    @Transactional
    public UserAccount createDemoAccountWithHash(Person person, String username, String bcryptHash, boolean admin) {
        UserAccount account = createAccountWithHash(person, username, bcryptHash, admin);
        account.markDemo();
        return account;
    }

    /**
     * The usernames of the demo-flagged accounts whose password is still {@code demoPassword}, by username. Only the
     * demo-flagged accounts are hashed (a handful), never every account.
     */
    public List<String> demoAccountsStillWithPassword(String demoPassword) {
        return accounts.findByDemoAccountTrueOrderByUsername().stream()
                .filter(a -> passwordEncoder.matches(demoPassword, a.getPasswordHash()))
                .map(UserAccount::getUsername)
                .toList();
    }

    /** Outcome of a person changing their own password: done, or the field at fault and the message key. */
    public record PasswordChange(String field, String problemKey) {

        public boolean done() {
            return problemKey == null;
        }
    }

    /**
     * The person changes their own password: the current one must match, the new one must pass
     * {@link PasswordPolicy}. When done, the account's session version is raised: every live session of the account
     * ends (on every node); the caller signs the person in again in the session they used. Nothing changes otherwise.
     *
     * @param personId    the person signed in
     * @param current     the password they typed as their current one
     * @param newPassword the new password
     * @return done, or the field ("current" or "password") and the message key of what is wrong
     * @throws NotFoundException if the person has no account
     */
    @Transactional
    public PasswordChange changeOwnPassword(long personId, String current, String newPassword) {
        UserAccount account = accounts.findByPersonId(personId)
                .orElseThrow(() -> new NotFoundException("account of person", personId));
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            return new PasswordChange("current", "form.password.currentWrong");
        }
        Optional<String> problem = passwords.problem(newPassword, account.getUsername());
        if (problem.isPresent()) {
            return new PasswordChange("password", problem.get());
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        return new PasswordChange(null, null);
    }

    /**
     * Ends every live session of the person's account, on every node; nothing happens if they have no account.
     * Used when their access is reset (a new invitation code replaces their password).
     */
    @Transactional
    public void endSessions(long personId) {
        accounts.findByPersonId(personId).ifPresent(UserAccount::endSessions);
    }

    /**
     * Creates a sign-in for a person; the password is stored only as a bcrypt hash. Every password goes through
     * {@link PasswordPolicy}: callers check it first to show the problem next to the field.
     *
     * @throws IllegalArgumentException if the username is taken or the password breaks the policy
     */
    @Transactional
    public UserAccount createAccount(Person person, String username, String rawPassword, boolean admin) {
        if (usernameTaken(username)) {
            throw new IllegalArgumentException("username taken: " + username);
        }
        requireAllowed(rawPassword, username);
        return accounts.save(new UserAccount(
                person,
                username.trim().toLowerCase(java.util.Locale.ROOT),
                passwordEncoder.encode(rawPassword),
                admin,
                clock.instant()));
    }

    /**
     * Gives a person's existing account a new password (stored as a bcrypt hash) and ends its live sessions;
     * returns the username.
     *
     * @throws NotFoundException if the person has no account
     * @throws IllegalArgumentException if the password breaks {@link PasswordPolicy}
     */
    @Transactional
    public String resetPassword(long personId, String rawPassword) {
        UserAccount account = accounts.findByPersonId(personId)
                .orElseThrow(() -> new NotFoundException("account of person", personId));
        requireAllowed(rawPassword, account.getUsername());
        account.changePasswordHash(passwordEncoder.encode(rawPassword));
        return account.getUsername();
    }

    /** The account's sign-in state for the session check, or empty if the person has no account (any more). */
    public Optional<SignInState> signInStateOf(long personId) {
        return accounts.signInStateOf(personId);
    }

    /**
     * People whose name or username contains {@code text} (case-insensitive; blank: everyone), by name, one page.
     *
     * @param among only these person ids (for example the members of one experimentation), or null for everyone
     */
    public Page<Person> search(String text, Collection<Long> among, Pageable page) {
        String pattern = "%"
                + (text == null
                        ? ""
                        : text.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "")
                                .replace("%", "")
                                .replace("_", ""))
                + "%";
        if (among == null) {
            return people.search(pattern, page);
        }
        if (among.isEmpty()) {
            return Page.empty(page);
        }
        return people.searchAmong(among, pattern, page);
    }

    /**
     * Lets an account sign in again, or stops it: disabling also ends its live sessions (their next request signs
     * them out). Disabling the last enabled administrator is refused.
     *
     * @throws NotFoundException if the person has no account
     * @throws ConflictException ("conflict.lastAdmin") if that would leave the platform without an administrator
     */
    @Transactional
    public UserAccount setAccountEnabled(long personId, boolean enabled) {
        UserAccount account = accounts.findByPersonId(personId)
                .orElseThrow(() -> new NotFoundException("account of person", personId));
        if (!enabled && account.isAdmin() && account.isEnabled()) {
            requireAnotherAdmin();
        }
        account.setEnabled(enabled);
        return account;
    }

    /**
     * Grants or removes the platform administrator role. Removing it ends the account's live sessions (they sign
     * in again without it). Removing the last enabled administrator is refused.
     *
     * @throws NotFoundException if the person has no account
     * @throws ConflictException ("conflict.lastAdmin") if that would leave the platform without an administrator
     */
    @Transactional
    public UserAccount setAdmin(long personId, boolean admin) {
        UserAccount account = accounts.findByPersonId(personId)
                .orElseThrow(() -> new NotFoundException("account of person", personId));
        if (!admin && account.isAdmin() && account.isEnabled()) {
            requireAnotherAdmin();
        }
        account.setAdmin(admin);
        return account;
    }

    /** The enabled platform administrators' accounts, by username. */
    public List<UserAccount> administrators() {
        return accounts.findByAdminTrueAndEnabledTrueOrderByUsername();
    }

    private void requireAnotherAdmin() {
        if (accounts.countByAdminTrueAndEnabledTrue() <= 1) {
            throw new ConflictException("conflict.lastAdmin");
        }
    }

    private void requireAllowed(String rawPassword, String username) {
        passwords.problem(rawPassword, username).ifPresent(key -> {
            throw new IllegalArgumentException("password refused by the policy: " + key);
        });
    }
}
