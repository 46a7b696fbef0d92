package coop.faireavec.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit of administrators' actions (issue #11, point 3). Callers say who acted, what kind of action,
 * on which record and from which client address; nothing sensitive (no password, code or words said) is ever given.
 * There is no method to change or remove an event.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** Who acted: a person id (null for the platform itself), their name as shown then, and their client address. */
    public record Actor(Long personId, String name, String clientAddress) {}

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Appends one event, in the caller's transaction (an action rolled back leaves no event).
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
        return events.save(new AuditEvent(
                clock.instant(),
                actor.personId(),
                actor.name(),
                kind,
                recordType,
                recordId,
                detail,
                actor.clientAddress()));
    }

    /** The latest {@code limit} events (1 to 500), newest first. */
    public List<AuditEvent> latest(int limit) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    }

    /** Every event about one record, newest first. */
    public List<AuditEvent> about(String recordType, long recordId) {
        return events.findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(recordType, recordId);
    }
}
