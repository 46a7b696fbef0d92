package coop.faireavec.invitation.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing: after {@value #MAX_FAILURES} wrong codes from one session, codes are refused for
 * 15 minutes. Counted in the session; a code typed wrong in shape (too short...) does not count.
 */
final class CodeAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration BLOCK = Duration.ofMinutes(15);
    private static final String FAILURES = CodeAttempts.class.getName() + ".failures";
    private static final String BLOCKED_UNTIL = CodeAttempts.class.getName() + ".blockedUntil";

    private CodeAttempts() {}

    static boolean blocked(HttpSession session, Instant now) {
        Instant until = (Instant) session.getAttribute(BLOCKED_UNTIL);
        if (until == null) {
            return false;
        }
        if (now.isBefore(until)) {
            return true;
        }
        session.removeAttribute(BLOCKED_UNTIL);
        session.removeAttribute(FAILURES);
        return false;
    }

    /** Records a wrong code; returns true if this one starts the waiting period. */
    static boolean failed(HttpSession session, Instant now) {
        Integer count = (Integer) session.getAttribute(FAILURES);
        int failures = (count == null ? 0 : count) + 1;
        if (failures >= MAX_FAILURES) {
            session.setAttribute(BLOCKED_UNTIL, now.plus(BLOCK));
            session.removeAttribute(FAILURES);
            return true;
        }
        session.setAttribute(FAILURES, failures);
        return false;
    }

    /** A code was used: the count starts again. */
    static void succeeded(HttpSession session) {
        session.removeAttribute(FAILURES);
        session.removeAttribute(BLOCKED_UNTIL);
    }
}
