package coop.faireavec.setup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The one-time set-up address printed in the log while the platform has no administrator. Only the SHA-256 of the
 * token is stored. Usable once, until it expires, and only while no newer one was printed (a restart replaces it).
 */
@Entity
@Table(name = "setup_token")
class SetupToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Two people sending the set-up form at once: one of them fails instead of both becoming administrator. */
    @Version
    private long version;

    protected SetupToken() {
    }

    SetupToken(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Why the token cannot be used at that instant, or {@code null} if it can. */
    SetupProblem problemAt(Instant now) {
        if (usedAt != null) {
            return SetupProblem.USED;
        }
        if (revokedAt != null) {
            return SetupProblem.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return SetupProblem.EXPIRED;
        }
        return null;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    Instant getExpiresAt() { return expiresAt; }
}
