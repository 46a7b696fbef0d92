package coop.faireavec.audit;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.people.PeopleService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit (issue #11, point 3; issue #16, point 4). Callers say who acted, what kind of action, on
 * which record, in which experimentation, about whom and from which client address; nothing sensitive (no password,
 * code or words said) is ever given. There is no method to change or remove an event: only the retention job
 * ({@link AuditRetention}) deletes events older than the retention period.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** Who acted: a person id (null for the platform itself), their name as shown then, and their client address. */
    public record Actor(Long personId, String name, String clientAddress) {}

    /**
     * What the administrators' page filters on; every part optional (null: no filter).
     *
     * @param personId          the person who acted or whom the event is about
     * @param experimentationId the experimentation the event belongs to
     * @param kind              the kind of event
     * @param from              first day, inclusive, in the platform's time zone (Europe/Paris)
     * @param to                last day, inclusive, in the platform's time zone
     */
    public record Filter(Long personId, Long experimentationId, AuditKind kind, LocalDate from, LocalDate to) {

        /** No filter: every event. */
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of events, newest first: {@code page} counts from 0, {@code total} is the number of matching events. */
    public record EventPage(List<AuditEvent> events, int page, int size, long total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        /** The number of pages (at least 1). */
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final AuditEventRepository events;
    private final AuditQueries queries;
    private final PeopleService people;
    private final Clock clock;
    private final ZoneId zone;

    AuditLog(
            AuditEventRepository events,
            AuditQueries queries,
            PeopleService people,
            Clock clock,
            FaireAvecProperties settings) {
        this.events = events;
        this.queries = queries;
        this.people = people;
        this.clock = clock;
        this.zone = ZoneId.of(settings.timeZone());
    }

    /**
     * Appends one event, in the caller's transaction (an action rolled back leaves no event). An event on a
     * "person" record is about that person (its subject).
     *
     * @param actor      who acted and from where
     * @param kind       what was done
     * @param recordType the kind of record acted on ("person", "territory", ...)
     * @param recordId   its id, or null
     * @param detail     a short non-sensitive note (cut to 200 characters), or null
     * @return the stored event
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(Actor actor, AuditKind kind, String recordType, Long recordId, String detail) {
        return record(actor, kind, recordType, recordId, detail, null, "person".equals(recordType) ? recordId : null);
    }

    /**
     * Appends one event that belongs to an experimentation and/or is about a person, in the caller's transaction.
     *
     * @param actor             who acted and from where
     * @param kind              what was done
     * @param recordType        the kind of record acted on ("contribution", "membership", ...)
     * @param recordId          its id, or null
     * @param detail            a short non-sensitive note (cut to 200 characters), or null
     * @param experimentationId the experimentation, or null
     * @param subjectPersonId   the person the event is about, or null
     * @return the stored event
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(
            Actor actor,
            AuditKind kind,
            String recordType,
            Long recordId,
            String detail,
            Long experimentationId,
            Long subjectPersonId) {
        return events.save(new AuditEvent(
                clock.instant(),
                actor.personId(),
                actor.name(),
                kind,
                recordType,
                recordId,
                detail,
                actor.clientAddress(),
                experimentationId,
                subjectPersonId));
    }

    /**
     * The person acting in the current request (their name as shown now, the request's client address; none
     * outside a request, e.g. in the engine's jobs or the demo seeder).
     *
     * @param personId the person signed in
     */
    public Actor actor(long personId) {
        return new Actor(personId, people.get(personId).getDisplayName(), currentClientAddress());
    }

    /** The platform itself (a scheduled job), with no person and no address. */
    public static Actor platform() {
        return new Actor(null, null, null);
    }

    /** The client address of the current request, or null outside a request. */
    public static String currentClientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The latest {@code limit} events (1 to 500), newest first. */
    public List<AuditEvent> latest(int limit) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    }

    /** Every event about one record, newest first. */
    public List<AuditEvent> about(String recordType, long recordId) {
        return events.findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(recordType, recordId);
    }

    /**
     * One page of the events matching the filter, newest first.
     *
     * @param page from 0 (a negative page is read as 0)
     * @param size 1 to 500 events a page
     */
    public EventPage search(Filter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 500));
        int safePage = Math.max(0, page);
        long total = queries.count(filter, zone());
        return new EventPage(queries.find(filter, zone(), safePage * safeSize, safeSize), safePage, safeSize, total);
    }

    /** Every event matching the filter, newest first, at most {@code limit} of them (for the export). */
    public List<AuditEvent> all(Filter filter, int limit) {
        return queries.find(filter, zone(), 0, Math.max(1, limit));
    }

    /**
     * The platform's time zone ({@code faireavec.time-zone}, Europe/Paris unless configured otherwise, the zone of
     * {@code web.DateTexts}): the filter's days are read in it, and event times are shown and exported in it.
     */
    public ZoneId zone() {
        return zone;
    }
}
