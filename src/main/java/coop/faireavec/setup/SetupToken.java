package coop.faireavec.setup;

import coop.faireavec.shared.OneTimeUse;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private OneTimeUse oneTimeUse;

    /** Two people sending the set-up form at once: one of them fails instead of both becoming administrator. */
    @Version
    private long version;

    protected SetupToken() {}

    SetupToken(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.oneTimeUse = new OneTimeUse(expiresAt);
    }

    /** Why the token cannot be used at that instant, or {@code null} if it can. */
    SetupProblem problemAt(Instant now) {
        OneTimeUse.Problem problem = oneTimeUse.problemAt(now);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case USED -> SetupProblem.USED;
            case REPLACED -> SetupProblem.REPLACED;
            case EXPIRED -> SetupProblem.EXPIRED;
        };
    }

    void markUsed(Instant now) {
        oneTimeUse.markUsed(now);
    }

    void revoke(Instant now) {
        oneTimeUse.revoke(now);
    }

    Instant getExpiresAt() {
        return oneTimeUse.getExpiresAt();
    }
}
