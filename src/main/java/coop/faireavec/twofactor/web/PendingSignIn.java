package coop.faireavec.twofactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in that gave the right password and waits for its two-factor code, kept in the (not signed-in) session: who,
 * until when (10 minutes), and how many wrong codes so far ({@link #MAX_FAILURES} send the person back to the
 * password). Holds no secret and no code. Serializable: sessions are stored in the database (Spring Session JDBC).
 */
record PendingSignIn(long personId, String username, String displayName, Instant until, int failures)
        implements Serializable {

    static final String ATTRIBUTE = "faireavec.twoFactor.pending";
    static final int MAX_FAILURES = 5;
    static final long MINUTES = 10;

    /** The waiting sign-in of this request's session, if there is one and it is not past its time. */
    static Optional<PendingSignIn> of(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (!now.isBefore(pending.until())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    void store(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    PendingSignIn failedOnce() {
        return new PendingSignIn(personId, username, displayName, until, failures + 1);
    }

    int attemptsLeft() {
        return Math.max(0, MAX_FAILURES - failures);
    }
}
