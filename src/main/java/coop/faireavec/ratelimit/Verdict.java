package coop.faireavec.ratelimit;

import java.time.Duration;

/**
 * The answer of a throttle to one attempt: allowed, or refused until {@code retryAfter} has passed.
 *
 * @param allowed whether the attempt may go on
 * @param retryAfter how long the person must wait before the next attempt may go on (zero when allowed)
 */
public record Verdict(boolean allowed, Duration retryAfter) {

    static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

    /** The wait in whole minutes, rounded up, at least 1 (for the message "try again in N minutes"). */
    public long minutesToWait() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, (seconds + 59) / 60);
    }
}
