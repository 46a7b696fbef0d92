package coop.faireavec.notification;

import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications: always in-app (shown on the dashboard), and by e-mail to people who have an address when
 * mail is enabled ({@link NotificationMails}: written to the {@link MailOutbox} in the caller's transaction, sent
 * after it commits and retried while the mail server fails).
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationMails mails;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationMails mails, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.mails = mails;
    }

    @Transactional
    public void notify(
            Collection<Long> personIds,
            Long experimentationId,
            NotificationKind kind,
            String messageKey,
            String messageArg,
            String link) {
        notifyInApp(personIds, experimentationId, kind, messageKey, messageArg, link);
        mails.prepare(personIds, kind, messageKey, messageArg, link);
    }

    /** In the app only: for news whose e-mail is sent otherwise (e.g. a meeting invitation with its calendar). */
    @Transactional
    public void notifyInApp(
            Collection<Long> personIds,
            Long experimentationId,
            NotificationKind kind,
            String messageKey,
            String messageArg,
            String link) {
        for (Long personId : personIds) {
            notifications.save(
                    new Notification(personId, experimentationId, kind, messageKey, messageArg, link, clock.instant()));
        }
    }

    /**
     * Sends one personal e-mail (after commit), e.g. an invitation with its link, in the person's language (a
     * {@code LocalDate} or {@code LocalDateTime} argument is written in that language); returns false when mail is
     * off or the person has no address, so the caller can offer another way (a printed card).
     */
    @Transactional
    public boolean mailPersonally(long personId, String subjectKey, String bodyKey, Object[] bodyArgs, String link) {
        return mails.preparePersonal(personId, subjectKey, bodyKey, bodyArgs, link);
    }

    /**
     * Mails a meeting's calendar file (after commit) to each of these people who has an address, when mail is on:
     * the text of {@code bodyKey} with {0} = the person's name, then {@code bodyArgs}, then the absolute link last,
     * each mail in its recipient's language (a {@code LocalDateTime} argument, e.g. the start, is written in it);
     * that person's .ics ({@code calendarFileFor} applied to the recipient, who has an address; each file names its
     * recipient alone, so nobody's address is shared) both as the text/calendar part agendas act on
     * ({@code method=REQUEST}, or {@code CANCEL} when {@code cancelled}) and as an attachment ({@code invitation.ics} /
     * {@code annulation.ics}).
     * Nothing is sent if the transaction rolls back; a failed send is retried ({@link MailOutbox}). Returns how many
     * mails were prepared, so the caller knows who still needs to be told another way.
     */
    @Transactional
    public int mailCalendar(
            Collection<Long> personIds,
            String subjectKey,
            Object[] subjectArgs,
            String bodyKey,
            Object[] bodyArgs,
            String link,
            Function<Person, String> calendarFileFor,
            boolean cancelled) {
        return mails.prepareCalendar(
                personIds, subjectKey, subjectArgs, bodyKey, bodyArgs, link, calendarFileFor, cancelled);
    }

    /**
     * The news is no longer true for anyone (e.g. minutes to validate, once they are validated): every unread
     * notification of that kind of message with that link is marked read, so nobody is asked to do what is done.
     */
    @Transactional
    public void settle(String messageKey, String link) {
        notifications
                .findByMessageKeyAndLinkAndReadAtIsNull(messageKey, link)
                .forEach(n -> n.markRead(clock.instant()));
    }

    /**
     * A step ended (completed, or left behind by the flow): its "new step", reminder and overdue messages no longer
     * ask anything of anyone, so every unread one linking to {@code /tasks/{taskId}} is marked read for everyone.
     */
    @Transactional
    public void settleStep(String taskId) {
        notifications.findByLinkAndReadAtIsNull(stepLink(taskId)).forEach(n -> n.markRead(clock.instant()));
    }

    /** The link a notification about an open step carries: {@code /tasks/{taskId}}. */
    static String stepLink(String taskId) {
        return "/tasks/" + taskId;
    }

    /** A page of the platform as a full address ({@code faireavec.public-url}), e.g. for a calendar file. */
    public String absoluteLink(String link) {
        return mails.absolute(link);
    }

    public List<Notification> unread(Viewer viewer) {
        return notifications.findTop20ByPersonIdAndReadAtIsNullOrderByCreatedAtDesc(viewer.personId());
    }

    public List<Notification> all(long personId) {
        return notifications.findByPersonIdOrderByCreatedAtDesc(personId);
    }

    /** Only the person a notification is for may mark it read. */
    @Transactional
    public void markRead(Viewer viewer, long id) {
        Notification n = notifications.findById(id).orElseThrow(() -> new NotFoundException("notification", id));
        if (n.getPersonId() != viewer.personId()) {
            throw new AccessDeniedException("not your notification");
        }
        n.markRead(clock.instant());
    }
}
