package coop.faireavec.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app message for one person (reminder, escalation, ...), shown on the dashboard until read. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "experimentation_id")
    private Long experimentationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    /** Texts are message keys, so each person reads them in their own language. */
    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_arg", length = 300)
    private String messageArg;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            Long personId,
            Long experimentationId,
            NotificationKind kind,
            String messageKey,
            String messageArg,
            String link,
            Instant at) {
        this.createdAt = at;
        this.personId = personId;
        this.experimentationId = experimentationId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArg = messageArg;
        this.link = link;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageArg() {
        return messageArg;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
