package coop.faireavec.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit: who did what to which record, when (UTC) and from which client address. Never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = 120, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditKind kind;

    @Column(name = "record_type", nullable = false, length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(length = 200, updatable = false)
    private String detail;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "experimentation_id", updatable = false)
    private Long experimentationId;

    @Column(name = "subject_person_id", updatable = false)
    private Long subjectPersonId;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            Long actorId,
            String actorName,
            AuditKind kind,
            String recordType,
            Long recordId,
            String detail,
            String clientAddress,
            Long experimentationId,
            Long subjectPersonId) {
        this.experimentationId = experimentationId;
        this.subjectPersonId = subjectPersonId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = cut(actorName, 120);
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = cut(detail, 200);
        this.clientAddress = cut(clientAddress, 64);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }
    /** A short non-sensitive note (a name, "merged into 12"); may be null. */
    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    /** The experimentation the event belongs to, or null (platform-wide events: sign-ins, territories...). */
    public Long getExperimentationId() {
        return experimentationId;
    }

    /** The person the event is about (the member added, the account disabled...), or null. */
    public Long getSubjectPersonId() {
        return subjectPersonId;
    }
}
