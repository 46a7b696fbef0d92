package coop.faireavec.notification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One mail in the outbox (table {@code mail_outbox}, Flyway V55): the whole MIME message as it will be sent, its
 * stable Message-ID, and where its sending stands. Written in the transaction of the change that causes the mail;
 * changed only by {@link MailOutbox}. Times are instants (UTC).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail's sending stands. */
    public enum Status {
        /** Not sent yet: sent right after commit, else by the sender job when {@code nextAttemptAt} is past. */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Every allowed attempt failed; an administrator may send it again. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] mime;

    @Column(nullable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private String lastError;

    private Instant sentAt;

    protected OutboxMail() {}

    /**
     * A PENDING mail. {@code jobDueAt}: when the sender job may take it; the first attempt is the one right after
     * commit, so the job only takes mails that attempt missed (a node that died) or that failed.
     */
    OutboxMail(Instant createdAt, Instant jobDueAt, String recipient, String subject, byte[] mime, String messageId) {
        this.createdAt = createdAt;
        this.recipient = recipient;
        this.subject = subject;
        this.mime = mime;
        this.messageId = messageId;
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = jobDueAt;
    }

    /**
     * Accepted by the SMTP server: the message's bytes are dropped (they may hold a one-time link or code that the
     * database keeps only hashed); recipient, subject and Message-ID stay until the row is purged.
     */
    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        mime = new byte[0];
    }

    /** A failed attempt: the mail waits until {@code retryAt}, or is FAILED when that was its last attempt. */
    void failed(String error, Instant retryAt, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /**
     * Back to PENDING with every attempt allowed again (an administrator's "send again"): tried right after commit,
     * by the sender job from {@code jobDueAt}.
     */
    void sendAgain(Instant jobDueAt) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = jobDueAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    byte[] getMime() {
        return mime;
    }

    public String getMessageId() {
        return messageId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
