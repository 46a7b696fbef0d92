package coop.faireavec.notification;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.people.Language;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.privacy.PrivacyTexts;
import coop.faireavec.shared.StepNames;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of a notification, for people who have an address, when {@code faireavec.mail.enabled}.
 * Mails are written to the outbox ({@link MailOutbox}) inside the notifying transaction and sent after it commits:
 * a rollback writes and sends nothing, and a failed send is retried later and never breaks the step or timer that
 * notified. Plain text, each in its recipient's
 * language ({@link Person#language()}, French unless they chose English); dates and times given as arguments
 * ({@link LocalDateTime}, {@link LocalDate}) are written the way that language writes them. Meeting invitations also
 * carry their calendar file (.ics).
 *
 * <p>Consents (issue #16, point 9): a notification mail goes only to people who accept e-mail and its kind
 * ({@link MailPreferences}); personal mails (invitation codes, password resets) always go. Every mail ends with a link
 * to the person's preferences and their one-click unsubscribe link, and carries {@code List-Unsubscribe} (that https
 * link, plus a mailto to the operator's contact e-mail when one is set) with
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058).
 */
@Component
class NotificationMails {

    private final boolean enabled;
    private final String from;
    private final String publicUrl;

    /** Where the server listens, for links when no public address is set (the port it really took). */
    private Environment environment;

    /** Consents and unsubscribe tokens; absent only in tests that build this class by hand (then: no filter). */
    private MailPreferences preferences;

    /** The operator's contact e-mail for the mailto unsubscribe; absent only in tests that build this class by hand. */
    private PrivacyTexts privacy;

    private final PeopleService people;
    private final MessageSource messages;
    private final MailOutbox outbox;
    private final StepNames stepNames;

    @Autowired
    NotificationMails(
            FaireAvecProperties settings,
            PeopleService people,
            MessageSource messages,
            MailOutbox outbox,
            StepNames stepNames) {
        this(
                settings.mail().enabled(),
                settings.mail().from(),
                settings.publicUrl(),
                people,
                messages,
                outbox,
                stepNames);
    }

    /** With the settings given one by one (tests). */
    NotificationMails(
            boolean enabled,
            String from,
            String publicUrl,
            PeopleService people,
            MessageSource messages,
            MailOutbox outbox,
            StepNames stepNames) {
        this.enabled = enabled;
        this.from = from;
        this.publicUrl = publicUrl == null || publicUrl.isBlank()
                ? null
                : publicUrl.strip().replaceAll("/+$", "");
        this.people = people;
        this.messages = messages;
        this.outbox = outbox;
        this.stepNames = stepNames;
    }

    /**
     * Called inside the notifying transaction; does nothing when mail is off or nobody has an address. Only people who
     * accept mails of this kind get one.
     */
    void prepare(Collection<Long> personIds, NotificationKind kind, String messageKey, String messageArg, String link) {
        if (!enabled || personIds.isEmpty()) {
            return;
        }
        String url = absolute(link);
        List<MimeMessage> out = new ArrayList<>();
        for (Person p : people.byIds(accepting(personIds, kind)).values()) {
            if (p.getEmail() == null) {
                continue;
            }
            Language language = p.language();
            String text = messages.getMessage(
                    messageKey, new Object[] {stepNames.argument(messageArg, language.locale())}, language.locale());
            out.add(plainMail(
                    p,
                    messages.getMessage("mail.subject", new Object[] {text}, language.locale()),
                    messages.getMessage("mail.body", new Object[] {p.getDisplayName(), text, url}, language.locale())));
        }
        if (!out.isEmpty()) {
            outbox.queue(out);
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** One personal mail (e.g. an invitation), written to the outbox like the others; false if it cannot be sent. */
    boolean preparePersonal(long personId, String subjectKey, String bodyKey, Object[] bodyArgs, String link) {
        Person p = people.get(personId);
        if (!enabled || p.getEmail() == null) {
            return false;
        }
        Language language = p.language();
        Object[] args = bodyArgs(p, bodyArgs, absolute(link), language);
        outbox.queue(List.of(plainMail(
                p,
                messages.getMessage(subjectKey, null, language.locale()),
                messages.getMessage(bodyKey, args, language.locale()))));
        return true;
    }

    /** A plain-text mail (UTF-8) to this person (who has an address) with its outbox Message-ID. */
    private MimeMessage plainMail(Person p, String subject, String text) {
        String to = p.getEmail();
        MimeMessage mime = outbox.newMessage();
        try {
            if (!from.isBlank()) {
                mime.setFrom(new InternetAddress(from));
            }
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
            mime.setSubject(subject, "UTF-8");
            mime.setText(text + preferencesFooter(p), "UTF-8");
            unsubscribeHeaders(mime, p);
        } catch (MessagingException e) {
            throw new MailPreparationException("could not write a mail to " + to, e);
        }
        return mime;
    }

    /**
     * One mail per person with an address, with the meeting's calendar file twice: as the text/calendar alternative
     * of the text (agendas such as Outlook, Gmail or Thunderbird then show "add / accept" buttons) and as an
     * attachment for everything else. Each person gets their own file, {@code calendarFileFor} applied to them (it
     * names that person alone). Returns how many mails were prepared.
     */
    int prepareCalendar(
            Collection<Long> personIds,
            String subjectKey,
            Object[] subjectArgs,
            String bodyKey,
            Object[] bodyArgs,
            String link,
            Function<Person, String> calendarFileFor,
            boolean cancelled) {
        if (!enabled || personIds == null || personIds.isEmpty()) {
            return 0;
        }
        String url = absolute(link);
        String method = cancelled ? "CANCEL" : "REQUEST";
        String fileName = cancelled ? "annulation.ics" : "invitation.ics";
        List<MimeMessage> out = new ArrayList<>();
        for (Person p :
                people.byIds(accepting(personIds, NotificationKind.MEETING)).values()) {
            if (p.getEmail() == null) {
                continue;
            }
            String to = p.getEmail();
            Language language = p.language();
            String subject = messages.getMessage(subjectKey, written(subjectArgs, language), language.locale());
            String text = messages.getMessage(bodyKey, bodyArgs(p, bodyArgs, url, language), language.locale())
                    + preferencesFooter(p);
            byte[] ics = calendarFileFor.apply(p).getBytes(StandardCharsets.UTF_8);
            MimeMessage mime = outbox.newMessage();
            try {
                writeCalendarMail(mime, to, subject, text, ics, method, fileName);
                unsubscribeHeaders(mime, p);
            } catch (MessagingException e) {
                throw new MailPreparationException("could not write a calendar mail to " + to, e);
            }
            out.add(mime);
        }
        return out.isEmpty() ? 0 : outbox.queue(out);
    }

    /** multipart/mixed [ multipart/alternative [ text/plain, text/calendar ], application/ics attachment ]. */
    private void writeCalendarMail(
            MimeMessage mime, String to, String subject, String text, byte[] ics, String method, String fileName)
            throws MessagingException {
        if (!from.isBlank()) {
            mime.setFrom(new InternetAddress(from));
        }
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        mime.setSubject(subject, "UTF-8");

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(
                new DataHandler(new ByteArrayDataSource(ics, "text/calendar; charset=UTF-8; method=" + method)));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(new MimeMultipart("alternative", plain, calendar));

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, "application/ics")));
        attachment.setFileName(fileName);
        attachment.setDisposition(Part.ATTACHMENT);

        mime.setContent(new MimeMultipart("mixed", body, attachment));
    }

    /** Of these people, those who accept mails of this kind (everyone when built by hand, without preferences). */
    private Collection<Long> accepting(Collection<Long> personIds, NotificationKind kind) {
        return preferences == null ? personIds : preferences.accepting(personIds, kind);
    }

    /**
     * The end of every mail, in the person's language: where to choose the mails they receive, and the link that stops
     * them all; empty when built by hand without preferences.
     */
    private String preferencesFooter(Person p) {
        if (preferences == null) {
            return "";
        }
        return messages.getMessage(
                "mail.footer",
                new Object[] {absolute("/me/preferences"), unsubscribeUrl(p)},
                p.language().locale());
    }

    /**
     * {@code List-Unsubscribe} (the https one-click link, then a mailto to the operator's contact e-mail when one is
     * set) and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, as RFC 2369 and RFC 8058 say.
     */
    private void unsubscribeHeaders(MimeMessage mime, Person p) throws MessagingException {
        if (preferences == null) {
            return;
        }
        String header = "<" + unsubscribeUrl(p) + ">";
        String contact = privacy == null ? "" : privacy.facts().contactEmail();
        if (!contact.isBlank()) {
            header += ", <mailto:" + contact + "?subject="
                    + URLEncoder.encode("unsubscribe " + preferences.tokenFor(p.getId()), StandardCharsets.UTF_8)
                            .replace("+", "%20")
                    + ">";
        }
        mime.setHeader("List-Unsubscribe", header);
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String unsubscribeUrl(Person p) {
        return absolute("/unsubscribe/" + preferences.tokenFor(p.getId()));
    }

    /** {0} = the person's name, then the caller's arguments (dates written in their language), then the link. */
    private static Object[] bodyArgs(Person p, Object[] bodyArgs, String url, Language language) {
        Object[] given = written(bodyArgs, language);
        Object[] args = new Object[given.length + 2];
        args[0] = p.getDisplayName();
        System.arraycopy(given, 0, args, 1, given.length);
        args[args.length - 1] = url;
        return args;
    }

    /** The arguments with dates and times as words of that language (MessageFormat knows only java.util.Date). */
    private static Object[] written(Object[] args, Language language) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDateTime when) {
                out[i] = when.format(language.dateTime());
            } else if (out[i] instanceof LocalDate day) {
                out[i] = day.format(language.date());
            }
        }
        return out;
    }

    /** A link of the platform as an address to open from a mail or a calendar (faireavec.public-url). */
    String absolute(String link) {
        String base = publicUrl != null ? publicUrl : localAddress();
        return link == null ? base + "/" : base + (link.startsWith("/") ? link : "/" + link);
    }

    @Autowired(required = false)
    void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Autowired(required = false)
    void setPreferences(MailPreferences preferences, PrivacyTexts privacy) {
        this.preferences = preferences;
        this.privacy = privacy;
    }

    /**
     * Without {@code faireavec.public-url}: {@code http://localhost:<port>} with the port the server actually took
     * ({@code local.server.port}), else the one configured ({@code server.port}), else 8080.
     */
    private String localAddress() {
        String port = environment == null
                ? "8080"
                : environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
