package coop.faireavec.notification;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The e-mail copy of a notification, for people who have an address, when {@code faireavec.mail.enabled}.
 * Mails are prepared inside the notifying transaction and sent only after it commits: a rollback sends nothing, and
 * a failed send is logged and never breaks the step or timer that notified. Plain text, French (accounts have no
 * language yet).
 */
@Component
class NotificationMails {

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);
    static final Locale LOCALE = Locale.FRENCH;

    /** What to send once the transaction has committed. */
    record OutgoingMails(List<SimpleMailMessage> messages) {
    }

    private final boolean enabled;
    private final String from;
    private final String publicUrl;
    private final PeopleService people;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final ApplicationEventPublisher events;

    NotificationMails(@Value("${faireavec.mail.enabled:false}") boolean enabled,
                      @Value("${faireavec.mail.from:}") String from,
                      @Value("${faireavec.public-url:}") String publicUrl,
                      PeopleService people, MessageSource messages, ObjectProvider<JavaMailSender> sender,
                      ApplicationEventPublisher events) {
        this.enabled = enabled;
        this.from = from;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080"
                : publicUrl.strip().replaceAll("/+$", "");
        this.people = people;
        this.messages = messages;
        this.sender = sender;
        this.events = events;
    }

    /** Called inside the notifying transaction; does nothing when mail is off or nobody has an address. */
    void prepare(Collection<Long> personIds, String messageKey, String messageArg, String link) {
        if (!enabled || personIds.isEmpty()) {
            return;
        }
        String text = messages.getMessage(messageKey, new Object[] {messageArg}, LOCALE);
        String subject = messages.getMessage("mail.subject", new Object[] {text}, LOCALE);
        String url = link == null ? publicUrl + "/" : publicUrl + (link.startsWith("/") ? link : "/" + link);
        List<SimpleMailMessage> out = new ArrayList<>();
        for (Person p : people.byIds(personIds).values()) {
            if (p.getEmail() == null) {
                continue;
            }
            SimpleMailMessage m = new SimpleMailMessage();
            if (!from.isBlank()) {
                m.setFrom(from);
            }
            m.setTo(p.getEmail());
            m.setSubject(subject);
            m.setText(messages.getMessage("mail.body", new Object[] {p.getDisplayName(), text, url}, LOCALE));
            out.add(m);
        }
        if (!out.isEmpty()) {
            events.publishEvent(new OutgoingMails(out));
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** One personal mail (e.g. an invitation), sent after commit like the others; false if it cannot be sent. */
    boolean preparePersonal(long personId, String subjectKey, String bodyKey, Object[] bodyArgs, String link) {
        Person p = people.get(personId);
        if (!enabled || p.getEmail() == null) {
            return false;
        }
        String url = publicUrl + (link.startsWith("/") ? link : "/" + link);
        Object[] args = new Object[bodyArgs.length + 2];
        args[0] = p.getDisplayName();
        System.arraycopy(bodyArgs, 0, args, 1, bodyArgs.length);
        args[args.length - 1] = url;
        SimpleMailMessage m = new SimpleMailMessage();
        if (!from.isBlank()) {
            m.setFrom(from);
        }
        m.setTo(p.getEmail());
        m.setSubject(messages.getMessage(subjectKey, null, LOCALE));
        m.setText(messages.getMessage(bodyKey, args, LOCALE));
        events.publishEvent(new OutgoingMails(List.of(m)));
        return true;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(OutgoingMails mails) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.warn("faireavec.mail.enabled but no SMTP host (FAIREAVEC_SMTP_HOST): {} mail(s) not sent",
                    mails.messages().size());
            return;
        }
        for (SimpleMailMessage m : mails.messages()) {
            try {
                mailSender.send(m);
            } catch (RuntimeException e) { // MailException and anything the transport throws
                log.warn("could not send a notification mail: {}", e.getMessage());
            }
        }
    }
}
