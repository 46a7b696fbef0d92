package coop.faireavec.passwordreset;

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
 * A forgotten-password link mailed to a person. Only the SHA-256 of its token is stored. Usable once, for one hour,
 * and only while no newer link was sent to the same person.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private OneTimeUse oneTimeUse;

    /** The same link opened twice at once: one of them fails instead of both changing the password. */
    @Version
    private long version;

    protected PasswordReset() {}

    PasswordReset(long personId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.oneTimeUse = new OneTimeUse(expiresAt);
    }

    /** Why the link cannot be used at that instant, or {@code null} if it can. */
    PasswordResetProblem problemAt(Instant now) {
        OneTimeUse.Problem problem = oneTimeUse.problemAt(now);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case USED -> PasswordResetProblem.USED;
            case REPLACED -> PasswordResetProblem.REPLACED;
            case EXPIRED -> PasswordResetProblem.EXPIRED;
        };
    }

    void markUsed(Instant now) {
        oneTimeUse.markUsed(now);
    }

    void revoke(Instant now) {
        oneTimeUse.revoke(now);
    }

    Long getPersonId() {
        return personId;
    }
}
