package coop.faireavec.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A device where a person ticked "remember this device": the SHA-256 of the random token its cookie holds, until
 * {@code expiresAt}, and only while the account's session version is still {@code sessionVersion} (a password reset,
 * a disabled account raise it).
 */
@Entity
@Table(name = "two_factor_device")
class RememberedDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected RememberedDevice() {}

    RememberedDevice(long personId, String tokenHash, int sessionVersion, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.sessionVersion = sessionVersion;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** True if it still stands for this person at {@code now} with the account's current session version. */
    boolean validFor(long personId, int currentSessionVersion, Instant now) {
        return this.personId == personId && sessionVersion == currentSessionVersion && now.isBefore(expiresAt);
    }
}
