package coop.faireavec.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;

/**
 * A MIME message whose Message-ID is chosen by the outbox and never replaced: Jakarta Mail gives a new one on every
 * {@code saveChanges()}, which would make each retry look like another mail. A message read back from the outbox is
 * frozen: {@code saveChanges()} does nothing, so the bytes sent are exactly the bytes stored (calendar files
 * included).
 */
final class OutboxMimeMessage extends MimeMessage {

    private final String messageId;
    private final boolean frozen;

    /** A new message to write, with this Message-ID ({@code <uuid@host>}). */
    OutboxMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
        this.frozen = false;
    }

    /** A stored message, read back to be sent as it is. */
    OutboxMimeMessage(Session session, byte[] stored) throws MessagingException {
        super(session, new ByteArrayInputStream(stored));
        this.messageId = getHeader("Message-ID", null);
        this.frozen = true;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        if (messageId != null) {
            setHeader("Message-ID", messageId);
        } else {
            super.updateMessageID();
        }
    }

    @Override
    public void saveChanges() throws MessagingException {
        if (!frozen) {
            super.saveChanges();
        }
    }
}
