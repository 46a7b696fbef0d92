package coop.faireavec.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The life of a one-time secret (invitation code, forgotten-password link, set-up address), embedded in its entity
 * as the columns {@code expires_at} (not null), {@code used_at} and {@code revoked_at}. All times are UTC instants.
 * Usable once, until it expires, and only while no newer secret was made for the same purpose.
 */
@Embeddable
public class OneTimeUse {

    /** Why a secret cannot be used any more. */
    public enum Problem {
        /** Already used once. */
        USED,
        /** Replaced by a newer secret. */
        REPLACED,
        /** Its expiry instant has come. */
        EXPIRED
    }

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** Set when a newer secret is made for the same purpose. */
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected OneTimeUse() {}

    /** A fresh secret, neither used nor revoked, usable strictly before {@code expiresAt} (UTC instant, not null). */
    public OneTimeUse(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    /**
     * Why the secret cannot be used at the UTC instant {@code now}, or {@code null} if it can. Used wins over
     * replaced, which wins over expired; the secret is expired from its expiry instant on.
     */
    public Problem problemAt(Instant now) {
        if (usedAt != null) {
            return Problem.USED;
        }
        if (revokedAt != null) {
            return Problem.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return Problem.EXPIRED;
        }
        return null;
    }

    /** Records that the secret was used at the UTC instant {@code now}. */
    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    /** Records that the secret was replaced by a newer one at the UTC instant {@code now}. */
    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    /** The UTC instant from which the secret is expired, never {@code null}. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** The UTC instant it was used, or {@code null} if not yet. */
    public Instant getUsedAt() {
        return usedAt;
    }

    /** The UTC instant it was replaced, or {@code null} if not. */
    public Instant getRevokedAt() {
        return revokedAt;
    }
}
