package coop.faireavec.notification;

import coop.faireavec.config.FaireAvecProperties;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Sends the outbox's mails ({@link MailOutbox}): right after the transaction that wrote them commits (so mails stay
 * prompt), and, for those still PENDING and due, when the sender job ({@link MailOutboxJob}) calls
 * {@link #sendDue()}. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} in a transaction of their own that lasts
 * while they are sent and marked, so two senders (two nodes, or the job and an after-commit send) never send the same
 * row. A failed attempt waits as Spring's {@link ExponentialBackOff} says ({@code faireavec.mail.outbox.first-delay},
 * {@code multiplier}, {@code max-delay}); the {@code max-attempts}-th failure makes the mail FAILED. A failure is
 * logged and never thrown: the step or timer that caused the mail has completed already.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** Batches one {@link #sendDue()} call takes at most, so a run ends even when everything fails at once. */
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final FaireAvecProperties.Outbox settings;
    private final ExponentialBackOff backOff;

    MailDelivery(
            OutboxMailRepository mails,
            ObjectProvider<JavaMailSender> sender,
            PlatformTransactionManager transactions,
            Clock clock,
            FaireAvecProperties properties) {
        this.mails = mails;
        this.sender = sender;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = properties.mail().outbox();
        this.backOff = new ExponentialBackOff(settings.firstDelay().toMillis(), settings.multiplier());
        this.backOff.setMaxInterval(settings.maxDelay().toMillis());
    }

    /** After the commit that wrote them (or sent them again): one attempt for each, now. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailOutbox.MailsQueued queued) {
        try {
            sendNow(queued.ids());
        } catch (RuntimeException e) { // e.g. the database went away: the sender job takes the mails later
            log.warn(
                    "could not send {} mail(s) right after commit: {}",
                    queued.ids().size(),
                    e.getMessage());
        }
    }

    /** One attempt for each of these mails that is still PENDING and that no other sender holds; returns how many. */
    int sendNow(List<Long> ids) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("faireavec.mail.enabled but no SMTP host (FAIREAVEC_SMTP_HOST): {} mail(s) wait", ids.size());
            return 0;
        }
        Integer attempted = ownTransaction.execute(status -> attempt(smtp, mails.lockPending(ids)));
        return attempted == null ? 0 : attempted;
    }

    /**
     * One attempt for each PENDING mail whose next attempt is due, in batches of
     * {@code faireavec.mail.outbox.batch-size}, each batch in its own transaction; returns how many were attempted.
     */
    int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Integer attempted = ownTransaction.execute(
                    status -> attempt(smtp, mails.lockDue(clock.instant(), settings.batchSize())));
            int n = attempted == null ? 0 : attempted;
            total += n;
            if (n < settings.batchSize()) {
                break;
            }
        }
        return total;
    }

    /**
     * Deletes the mails SENT more than {@code faireavec.mail.outbox.keep-sent} ago (their bytes went when they were
     * sent; recipient, subject and Message-ID are kept that long to answer "did it leave?"); returns how many.
     */
    int purgeSent() {
        Integer deleted = ownTransaction.execute(
                status -> mails.deleteSentBefore(clock.instant().minus(settings.keepSent())));
        return deleted == null ? 0 : deleted;
    }

    private int attempt(JavaMailSender smtp, List<OutboxMail> locked) {
        for (OutboxMail mail : locked) {
            try {
                smtp.send(new OutboxMimeMessage(MailOutbox.SESSION, mail.getMime()));
                mail.sent(clock.instant());
            } catch (RuntimeException | MessagingException e) { // MailException, and anything the transport throws
                Instant now = clock.instant();
                String error = reason(e);
                mail.failed(error, now.plus(delayAfter(mail.getAttempts() + 1)), settings.maxAttempts());
                log.warn(
                        "mail {} not sent (attempt {} of {}): {}",
                        mail.getId(),
                        mail.getAttempts(),
                        settings.maxAttempts(),
                        error);
            }
        }
        return locked.size();
    }

    /**
     * What went wrong, on one line, for administrators: the innermost cause (e.g. "ConnectException: Connection
     * refused", or the SMTP server's "550 5.1.1 ..." answer).
     */
    static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null
                ? ""
                : cause.getMessage().replaceAll("\\s+", " ").strip();
        return message.isEmpty()
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message;
    }

    /** The wait after the {@code failedAttempts}-th failure: Spring's exponential backoff, capped. */
    Duration delayAfter(int failedAttempts) {
        BackOffExecution execution = backOff.start();
        long millis = 0;
        for (int i = 0; i < failedAttempts; i++) {
            long next = execution.nextBackOff();
            if (next == BackOffExecution.STOP) {
                break;
            }
            millis = next;
        }
        return Duration.ofMillis(millis);
    }
}
