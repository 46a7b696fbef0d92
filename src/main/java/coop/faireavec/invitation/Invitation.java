package coop.faireavec.invitation;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * A one-time code given to a person on paper. Only the SHA-256 hash of the code is stored. Usable once, until it
 * expires, and only while no newer code was made for the same person.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** Set when a newer code is made for the same person. */
    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Two people redeeming the same code at once: one of them fails instead of both succeeding. */
    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(long personId, long experimentationId, String codeHash, long createdBy, Instant createdAt,
               Instant expiresAt) {
        this.personId = personId;
        this.experimentationId = experimentationId;
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Why a code cannot be used, or {@code null} if it can. */
    InvitationProblem problemAt(Instant now) {
        if (usedAt != null) {
            return InvitationProblem.USED;
        }
        if (revokedAt != null) {
            return InvitationProblem.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return InvitationProblem.EXPIRED;
        }
        return null;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public Long getExperimentationId() { return experimentationId; }
    public String getCodeHash() { return codeHash; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
