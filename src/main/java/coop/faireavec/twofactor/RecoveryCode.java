package coop.faireavec.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recovery code of a person, kept only as a PasswordEncoder hash; usable once. */
@Entity
@Table(name = "two_factor_recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "code_hash", nullable = false, length = 100)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long personId, String codeHash, Instant createdAt) {
        this.personId = personId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getCodeHash() {
        return codeHash;
    }
}
