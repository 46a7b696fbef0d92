package coop.faireavec.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Locks and returns up to {@code limit} PENDING mails due at {@code now}, oldest due first, skipping rows another
     * transaction (another node's sender) holds: two senders never get the same row. PostgreSQL and H2 both know
     * {@code FOR UPDATE SKIP LOCKED}.
     */
    @Query(
            value = "select * from {h-schema}mail_outbox where status = 'PENDING' and next_attempt_at <= :now"
                    + " order by next_attempt_at, id fetch first :limit rows only for update skip locked",
            nativeQuery = true)
    List<OutboxMail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Locks and returns those of these mails that are still PENDING and that no other transaction holds. */
    @Query(
            value = "select * from {h-schema}mail_outbox where status = 'PENDING' and id in (:ids)"
                    + " order by id for update skip locked",
            nativeQuery = true)
    List<OutboxMail> lockPending(@Param("ids") Collection<Long> ids);

    long countByStatus(OutboxMail.Status status);

    /** Deletes the mails SENT before {@code before}; returns how many. */
    @Modifying
    @Query("delete from OutboxMail m where m.status = coop.faireavec.notification.OutboxMail.Status.SENT"
            + " and m.sentAt < :before")
    int deleteSentBefore(@Param("before") Instant before);

    /** FAILED mails, and PENDING ones written before {@code lateBefore}, newest first. */
    @Query("select new coop.faireavec.notification.MailAttention(m.id, m.recipient, m.subject, m.status,"
            + " m.attempts, m.lastError, m.createdAt, m.nextAttemptAt) from OutboxMail m where m.status = coop.faireavec.notification.OutboxMail.Status.FAILED"
            + " or (m.status = coop.faireavec.notification.OutboxMail.Status.PENDING and m.createdAt < :lateBefore)"
            + " order by m.createdAt desc, m.id desc")
    List<MailAttention> needingAttention(@Param("lateBefore") Instant lateBefore, Limit limit);
}
