package coop.faireavec.meeting;

import coop.faireavec.notification.NotificationKind;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.people.Language;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people about a meeting: in the app always, and by e-mail with the calendar invitation (.ics) for those who
 * have an address: one mail and one file per invitee, naming that invitee alone, so nobody's address is shared.
 * Updates and cancellations reuse the meeting's calendar UID with the next SEQUENCE, so calendars replace the event
 * instead of adding a second one.
 */
@Component
class MeetingInvitations {

    private final NotificationService notifications;
    private final MeetingCalendar calendar;
    private final PeopleService people;
    private final MessageSource messages;

    MeetingInvitations(
            NotificationService notifications, MeetingCalendar calendar, PeopleService people, MessageSource messages) {
        this.notifications = notifications;
        this.calendar = calendar;
        this.people = people;
        this.messages = messages;
    }

    void invited(Meeting meeting, Collection<Long> newInvitees) {
        notifications.notifyInApp(
                newInvitees,
                meeting.getExperimentationId(),
                NotificationKind.MEETING,
                "notification.meetingInvitation",
                meeting.getTitle(),
                link(meeting));
        mail(meeting, newInvitees, "mail.meeting.invitation");
    }

    void updated(Meeting meeting, Collection<Long> invitees) {
        notifications.notifyInApp(
                invitees,
                meeting.getExperimentationId(),
                NotificationKind.MEETING,
                "notification.meetingChanged",
                meeting.getTitle(),
                link(meeting));
        mail(meeting, invitees, "mail.meeting.update");
    }

    void cancelled(Meeting meeting, Collection<Long> invitees) {
        notifications.notifyInApp(
                invitees,
                meeting.getExperimentationId(),
                NotificationKind.MEETING,
                "notification.meetingCancelled",
                meeting.getTitle(),
                link(meeting));
        mail(meeting, invitees, "mail.meeting.cancelled");
    }

    /** The day before: in the app, and a plain e-mail for those with an address (the calendar already has it). */
    void remind(Meeting meeting, Collection<Long> invitees) {
        // the notification keeps its text as written, so each person's date is written in their own language
        Map<Language, List<Long>> byLanguage = people.byIds(invitees).values().stream()
                .collect(Collectors.groupingBy(
                        Person::language, Collectors.mapping(Person::getId, Collectors.toList())));
        byLanguage.forEach((language, ids) -> {
            String what = meeting.getTitle() + " — " + meeting.getStartsAt().format(language.dateTime())
                    + (where(meeting) == null ? "" : " — " + where(meeting));
            // a notification keeps at most 300 characters of text; the link leads to the whole meeting
            notifications.notify(
                    ids,
                    meeting.getExperimentationId(),
                    NotificationKind.MEETING,
                    "notification.meetingSoon",
                    what.length() > 300 ? what.substring(0, 299) + "…" : what,
                    link(meeting));
        });
    }

    void minutesToValidate(Meeting meeting, Collection<Long> present) {
        // sent again after a correction: the carriers' "correction asked" message is dealt with
        notifications.settle("notification.minutesCorrection", link(meeting) + "#minutes");
        notifications.notify(
                present,
                meeting.getExperimentationId(),
                NotificationKind.MEETING,
                "notification.minutesToValidate",
                meeting.getTitle(),
                link(meeting) + "#minutes");
    }

    /** The minutes are validated, or back with the carrier: nobody is asked to validate this text any more. */
    void minutesNoLongerToValidate(Meeting meeting) {
        notifications.settle("notification.minutesToValidate", link(meeting) + "#minutes");
    }

    void correctionAsked(Meeting meeting, Collection<Long> carriers) {
        notifications.notify(
                carriers,
                meeting.getExperimentationId(),
                NotificationKind.MEETING,
                "notification.minutesCorrection",
                meeting.getTitle(),
                link(meeting) + "#minutes");
    }

    /** The meeting's calendar file to download (METHOD:PUBLISH, nobody's address in it), as the meeting stands. */
    String calendarFile(Meeting meeting) {
        return calendar.published(invite(meeting));
    }

    /**
     * One mail per invitee with an address, each with its own file (REQUEST, or CANCEL) naming that invitee alone,
     * and saying in their language to answer on the meeting page.
     */
    private void mail(Meeting meeting, Collection<Long> to, String keyPrefix) {
        if (to.isEmpty()) {
            return;
        }
        String where = where(meeting);
        MeetingCalendar.CalendarInvite invite = invite(meeting);
        String noteKey = meeting.isCancelled() ? "calendar.cancelledSeePage" : "calendar.answerOnPage";
        // the start as a LocalDateTime: each mail writes it in its recipient's language
        notifications.mailCalendar(
                to,
                keyPrefix + ".subject",
                new Object[] {meeting.getTitle()},
                keyPrefix + ".body",
                new Object[] {meeting.getTitle(), meeting.getStartsAt(), where},
                link(meeting),
                invitee -> calendar.mailed(
                        invite,
                        new MeetingCalendar.Attendee(invitee.getDisplayName(), invitee.getEmail()),
                        messages.getMessage(
                                noteKey,
                                new Object[] {invite.url()},
                                invitee.language().locale())),
                meeting.isCancelled());
    }

    private MeetingCalendar.CalendarInvite invite(Meeting meeting) {
        Person organiser = people.get(meeting.getCreatedById());
        return new MeetingCalendar.CalendarInvite(
                meeting.getUid(),
                meeting.getSequenceNo(),
                meeting.isCancelled(),
                meeting.getTitle(),
                meeting.getAgenda(),
                where(meeting),
                notifications.absoluteLink(link(meeting)),
                meeting.getStartsAt(),
                meeting.getDurationMinutes(),
                organiser.getDisplayName(),
                organiser.getEmail());
    }

    private static String where(Meeting meeting) {
        if (meeting.getPlace() != null && meeting.getRemoteLink() != null) {
            return meeting.getPlace() + " — " + meeting.getRemoteLink();
        }
        return meeting.getPlace() != null ? meeting.getPlace() : meeting.getRemoteLink();
    }

    java.time.ZoneId zone() {
        return calendar.zone();
    }

    static String link(Meeting meeting) {
        return "/experimentations/" + meeting.getExperimentationId() + "/meetings/" + meeting.getId();
    }
}
