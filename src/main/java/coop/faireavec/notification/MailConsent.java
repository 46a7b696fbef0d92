package coop.faireavec.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's current choice for one mail topic (table {@code mail_consent}, Flyway V61): {@link MailPreferences#EMAIL}
 * (to be contacted by e-mail at all) or a {@link NotificationKind}'s name. No row: accepted.
 */
@Entity
@Table(name = "mail_consent")
@IdClass(MailConsent.Key.class)
class MailConsent {

    /** The primary key: person and topic. */
    static class Key implements Serializable {
        private Long personId;
        private String topic;

        protected Key() {}

        Key(long personId, String topic) {
            this.personId = personId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(topic, k.topic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, topic);
        }
    }

    @Id
    private Long personId;

    @Id
    private String topic;

    @Column(nullable = false)
    private boolean granted;

    @Column(nullable = false)
    private Instant changedAt;

    protected MailConsent() {}

    MailConsent(long personId, String topic, boolean granted, Instant changedAt) {
        this.personId = personId;
        this.topic = topic;
        this.granted = granted;
        this.changedAt = changedAt;
    }

    void set(boolean granted, Instant at) {
        this.granted = granted;
        this.changedAt = at;
    }

    Long getPersonId() {
        return personId;
    }

    String getTopic() {
        return topic;
    }

    boolean isGranted() {
        return granted;
    }
}
