package coop.faireavec.notification;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.security.Viewer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox (issue #15, point 4): every mail the platform sends is a row of our table {@code mail_outbox},
 * written in the transaction of the change that causes it, so a rollback leaves no mail and a commit never loses
 * one. {@link MailDelivery} sends it right after commit, then, while that fails, the sender job retries it with
 * exponential backoff until it is sent or FAILED; administrators see the FAILED and late ones and may send them
 * again.
 *
 * <p>Why a table of ours rather than Spring Modulith's event publication registry with a resubmitter: the registry
 * keeps an event's payload and whether it completed, but no attempt count, no next-attempt time and no failed state,
 * so backoff, "give up after N attempts" and an administrators' list would all be ours anyway on top of it; and its
 * resubmission replays every incomplete event on whichever node calls it, which would need our own row locking to
 * keep two nodes from sending the same mail. A table that holds exactly the mail (its MIME bytes, so a calendar
 * file is sent as written) with {@code FOR UPDATE SKIP LOCKED} claiming is smaller and says what it does.
 *
 * <p>Each mail gets a Message-ID {@code <uuid@host>} when it is written ({@code host}: that of
 * {@code faireavec.public-url}, else the domain of {@code faireavec.mail.from}, else {@code localhost}); it is part of
 * the stored bytes, so every attempt sends the same one. Delivery is at least once: a node that dies between the
 * SMTP server's answer and the commit of SENT sends that mail again, recognisable by its Message-ID.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    /** Published when mails were written to the outbox: {@link MailDelivery} sends them once the transaction commits. */
    record MailsQueued(List<Long> ids) {}

    /** The session messages are written and read with (no transport: sending is the JavaMailSender's). */
    static final Session SESSION = Session.getInstance(new Properties());

    private final OutboxMailRepository mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final FaireAvecProperties.Outbox settings;
    private final String host;

    MailOutbox(
            OutboxMailRepository mails,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            FaireAvecProperties properties) {
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.settings = properties.mail().outbox();
        this.host = messageIdHost(properties.publicUrl(), properties.mail().from());
    }

    /**
     * A new, empty message whose Message-ID ({@code <uuid@host>}) stays the same however often it is sent; fill it in
     * and give it to {@link #queue}.
     */
    MimeMessage newMessage() {
        return new OutboxMimeMessage(SESSION, "<" + UUID.randomUUID() + "@" + host + ">");
    }

    /**
     * Writes these messages (made by {@link #newMessage}) to the outbox in the caller's transaction; they are sent
     * once it commits. Returns how many were written.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction: a mail is
     *     always written with the change that causes it
     * @throws IllegalStateException if a message cannot be written out (a programming error)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int queue(List<MimeMessage> messages) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                message.setSentDate(Date.from(now));
                message.saveChanges();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                message.writeTo(bytes);
                OutboxMail row = mails.save(new OutboxMail(
                        now,
                        now.plus(settings.firstDelay()),
                        clip(recipients(message), 320),
                        clip(message.getSubject() == null ? "" : message.getSubject(), 1000),
                        bytes.toByteArray(),
                        message.getMessageID()));
                ids.add(row.getId());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("could not write a mail to the outbox", e);
            }
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new MailsQueued(List.copyOf(ids)));
        }
        return ids.size();
    }

    /**
     * The mails administrators should look at, newest first, at most 200: FAILED ones, and PENDING ones written more
     * than {@code faireavec.mail.outbox.late-after} ago.
     *
     * @throws AccessDeniedException unless the viewer is a platform administrator
     */
    public List<MailAttention> needingAttention(Viewer viewer) {
        requireAdmin(viewer);
        return mails.needingAttention(clock.instant().minus(settings.lateAfter()), Limit.of(200));
    }

    /**
     * "Send again": a FAILED or PENDING mail is PENDING again, due now, with every attempt allowed; it is sent once
     * this transaction commits (and by the sender job if that fails). Audited ({@link AuditKind#MAIL_SENT_AGAIN}).
     * Returns false, changing nothing, when the mail was sent in the meantime or is no longer in the outbox.
     *
     * @throws AccessDeniedException unless the viewer is a platform administrator
     */
    @Transactional
    public boolean sendAgain(Viewer viewer, AuditLog.Actor actor, long mailId) {
        requireAdmin(viewer);
        OutboxMail mail = mails.findById(mailId).orElse(null);
        if (mail == null || mail.getStatus() == OutboxMail.Status.SENT) {
            return false;
        }
        mail.sendAgain(clock.instant().plus(settings.firstDelay()));
        audit.record(actor, AuditKind.MAIL_SENT_AGAIN, "mail", mailId, null);
        events.publishEvent(new MailsQueued(List.of(mailId)));
        return true;
    }

    /** How many mails are in this state (the outbox's gauges). */
    public long count(OutboxMail.Status status) {
        return mails.countByStatus(status);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The host of the public address, else the domain of the sender's address, else {@code localhost}. */
    static String messageIdHost(String publicUrl, String from) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            try {
                String host = URI.create(publicUrl.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host;
                }
            } catch (IllegalArgumentException e) {
                // validated at start-up; fall through to the sender's domain
            }
        }
        if (from != null && !from.isBlank()) {
            try {
                String address = new InternetAddress(from.strip()).getAddress();
                int at = address.lastIndexOf('@');
                if (at >= 0 && at < address.length() - 1) {
                    return address.substring(at + 1);
                }
            } catch (AddressException e) {
                // not an address: fall through
            }
        }
        return "localhost";
    }
}
