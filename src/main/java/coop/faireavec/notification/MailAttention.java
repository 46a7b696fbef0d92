package coop.faireavec.notification;

import java.time.Instant;

/**
 * What an administrator sees of an outbox mail that needs attention (FAILED, or PENDING for long): never its body.
 * Times are instants (UTC); {@code lastError} is the SMTP server's (or the network's) last answer, or null.
 */
public record MailAttention(
        long id,
        String recipient,
        String subject,
        OutboxMail.Status status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt) {}
