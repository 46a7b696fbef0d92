package coop.faireavec.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A way to sign in, optional per person. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean admin;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 10)
    private String locale;

    /** Raised to end every live session of this account (see security.SessionVersionFilter). */
    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Made by the demo seeder (see security.DemoAccountsGuard). */
    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    protected UserAccount() {}

    public UserAccount(Person person, String username, String passwordHash, boolean admin, Instant createdAt) {
        this.createdAt = createdAt;
        this.person = person;
        this.username = username;
        this.passwordHash = passwordHash;
        this.admin = admin;
    }

    /** A new password also ends every live session of the account (whoever held the old one is signed out). */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionVersion++;
    }

    /** Ends every live session of the account, on every node (see security.SessionVersionFilter). */
    void endSessions() {
        sessionVersion++;
    }

    void markDemo() {
        this.demoAccount = true;
    }

    void setEnabled(boolean enabled) {
        if (!enabled) {
            sessionVersion++;
        }
        this.enabled = enabled;
    }

    void setAdmin(boolean admin) {
        if (!admin) {
            sessionVersion++;
        }
        this.admin = admin;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }
    /** True for an account the demo seeder made. */
    public boolean isDemoAccount() {
        return demoAccount;
    }

    /** The number copied into a session at sign-in; a session holding an older one is ended. */
    public int getSessionVersion() {
        return sessionVersion;
    }
}
