package coop.faireavec.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's TOTP secret (RFC 6238, Base32). Waiting while {@code confirmedAt} is null (the enrolment page shows it
 * until the first code confirms it); once confirmed it is never shown again. {@code lastUsedStep} is the 30-second
 * step of the last code accepted: a code of that step or an earlier one is refused (each code works once).
 */
@Entity
@Table(name = "two_factor")
class TwoFactorSecret {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected TwoFactorSecret() {}

    TwoFactorSecret(long personId, String secret, Instant createdAt) {
        this.personId = personId;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    Long getPersonId() {
        return personId;
    }

    String getSecret() {
        return secret;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    void confirm(Instant now, long step) {
        this.confirmedAt = now;
        this.lastUsedStep = step;
    }

    /** Don't print the secret (logs, debuggers' toString). */
    @Override
    public String toString() {
        return "TwoFactorSecret[person " + personId + (isConfirmed() ? ", on]" : ", waiting]");
    }
}
