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

/**
 * One change of a mail consent (table {@code mail_consent_change}, Flyway V61, append-only): given or withdrawn, when
 * (an instant, UTC), by whom (the person, or a carrier for them; null for the one-click link of a mail, which only the
 * person's mailbox holds) and through which channel.
 */
@Entity
@Table(name = "mail_consent_change")
public class MailConsentChange {

    /** Where a change was made. */
    public enum Channel {
        /** The person's preferences page, {@code /me/preferences}. */
        PREFERENCES_PAGE,
        /** The one-click unsubscribe link or header of a mail (RFC 8058). */
        ONE_CLICK,
        /** A carrier, for the person. */
        CARRIER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long personId;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private boolean granted;

    @Column(nullable = false)
    private Instant changedAt;

    private Long changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    protected MailConsentChange() {}

    MailConsentChange(
            long personId, String topic, boolean granted, Instant changedAt, Long changedBy, Channel channel) {
        this.personId = personId;
        this.topic = topic;
        this.granted = granted;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    /** {@link MailPreferences#EMAIL} or a {@link NotificationKind}'s name. */
    public String getTopic() {
        return topic;
    }

    /** True: given; false: withdrawn. */
    public boolean isGranted() {
        return granted;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The person who made the change, or null for the one-click link of a mail. */
    public Long getChangedBy() {
        return changedBy;
    }

    public Channel getChannel() {
        return channel;
    }
}
