package coop.faireavec.invitation;

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

    @Embedded
    private OneTimeUse oneTimeUse;

    /** Two people redeeming the same code at once: one of them fails instead of both succeeding. */
    @Version
    private long version;

    protected Invitation() {}

    Invitation(
            long personId,
            long experimentationId,
            String codeHash,
            long createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.personId = personId;
        this.experimentationId = experimentationId;
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.oneTimeUse = new OneTimeUse(expiresAt);
    }

    /** Why a code cannot be used, or {@code null} if it can. */
    InvitationProblem problemAt(Instant now) {
        OneTimeUse.Problem problem = oneTimeUse.problemAt(now);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case USED -> InvitationProblem.USED;
            case REPLACED -> InvitationProblem.REPLACED;
            case EXPIRED -> InvitationProblem.EXPIRED;
        };
    }

    void markUsed(Instant now) {
        oneTimeUse.markUsed(now);
    }

    void revoke(Instant now) {
        oneTimeUse.revoke(now);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return oneTimeUse.getExpiresAt();
    }

    public Instant getUsedAt() {
        return oneTimeUse.getUsedAt();
    }

    public Instant getRevokedAt() {
        return oneTimeUse.getRevokedAt();
    }
}
