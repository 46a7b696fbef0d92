package coop.faireavec.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in the database (Spring Session JDBC) with fewer statements per request (the benchmark's statements
 * per page, issue #14, docs/performance.md), wrapped around the JDBC repository and given to Spring Session's filter:
 *
 * <ul>
 *   <li>Spring Session reads the session a second time right after saving it, only to know whether the cookie must
 *       be sent again (spring-session issue #1731, open): that read gets the session just saved, from memory, on the
 *       same request's thread ({@link #endOfRequest()} forgets it when the request ends).
 *   <li>A GET request less than {@link #ACCESS_WRITE_INTERVAL} after the session's last recorded access does not
 *       write its access time again (one {@code UPDATE} per request otherwise): a session may so end up to that
 *       interval before the full timeout of inactivity. Any other request (a form, "stay signed in") writes it, and
 *       so does anything that changes the session (attributes, id, timeout).
 * </ul>
 *
 * Everything else goes straight to the JDBC repository.
 */
final class ThriftySessionRepository implements FindByIndexNameSessionRepository<Session> {

    /** How long a GET may leave the recorded access time of its session as it is. */
    static final Duration ACCESS_WRITE_INTERVAL = Duration.ofSeconds(30);

    private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> READ_ONLY_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> jdbc;

    ThriftySessionRepository(FindByIndexNameSessionRepository<Session> jdbc) {
        this.jdbc = jdbc;
    }

    /** A request starts on this thread; {@code get} when it is a GET or HEAD. */
    static void startOfRequest(boolean get) {
        JUST_SAVED.remove();
        READ_ONLY_REQUEST.set(get);
    }

    /** The request on this thread ended: nothing of it is kept. */
    static void endOfRequest() {
        JUST_SAVED.remove();
        READ_ONLY_REQUEST.remove();
    }

    @Override
    public Session createSession() {
        return jdbc.createSession();
    }

    @Override
    public void save(Session session) {
        Session real = session instanceof RecentlySeen seen ? seen.session : session;
        jdbc.save(real);
        JUST_SAVED.set(session);
    }

    @Override
    public Session findById(String id) {
        Session saved = JUST_SAVED.get();
        JUST_SAVED.remove();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        Session found = jdbc.findById(id);
        if (found != null && Boolean.TRUE.equals(READ_ONLY_REQUEST.get())) {
            return new RecentlySeen(found);
        }
        return found;
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return jdbc.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    @Override
    public Map<String, Session> findByPrincipalName(String principalName) {
        return jdbc.findByPrincipalName(principalName);
    }

    /** A session read by a GET: its access time is written only when the recorded one is old enough. */
    private static final class RecentlySeen implements Session {

        private final Session session;

        RecentlySeen(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(ACCESS_WRITE_INTERVAL)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
