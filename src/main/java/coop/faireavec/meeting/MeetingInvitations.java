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
import org.springframework.stereotype.Component;

/**
 * Tells people about a meeting: in the app always, and by e-mail with the calendar invitation (.ics) for those who
 * have an address. Updates and cancellations reuse the meeting's calendar UID with the next SEQUENCE, so calendars
 * replace the event instead of adding a second one.
 */
@Component
class MeetingInvitations {

    private final NotificationService notifications;
    private final MeetingCalendar calendar;
    private final PeopleService people;

    MeetingInvitations(NotificationService notifications, MeetingCalendar calendar, PeopleService people) {
        this.notifications = notifications;
        this.calendar = calendar;
        this.people = people;
    }

    void invited(Meeting meeting, Collection<Long> newInvitees, Collection<Long> allInvitees) {
        notifications.notifyInApp(newInvitees, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.meetingInvitation", meeting.getTitle(), link(meeting));
        mail(meeting, newInvitees, allInvitees, "mail.meeting.invitation");
    }

    void updated(Meeting meeting, Collection<Long> invitees) {
        notifications.notifyInApp(invitees, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.meetingChanged", meeting.getTitle(), link(meeting));
        mail(meeting, invitees, invitees, "mail.meeting.update");
    }

    void cancelled(Meeting meeting, Collection<Long> invitees) {
        notifications.notifyInApp(invitees, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.meetingCancelled", meeting.getTitle(), link(meeting));
        mail(meeting, invitees, invitees, "mail.meeting.cancelled");
    }

    /** The day before: in the app, and a plain e-mail for those with an address (the calendar already has it). */
    void remind(Meeting meeting, Collection<Long> invitees) {
        // the notification keeps its text as written, so each person's date is written in their own language
        Map<Language, List<Long>> byLanguage = people.byIds(invitees).values().stream()
                .collect(Collectors.groupingBy(Person::language, Collectors.mapping(Person::getId, Collectors.toList())));
        byLanguage.forEach((language, ids) -> {
            String what = meeting.getTitle() + " — " + meeting.getStartsAt().format(language.dateTime())
                    + (where(meeting) == null ? "" : " — " + where(meeting));
            // a notification keeps at most 300 characters of text; the link leads to the whole meeting
            notifications.notify(ids, meeting.getExperimentationId(), NotificationKind.MEETING,
                    "notification.meetingSoon", what.length() > 300 ? what.substring(0, 299) + "…" : what,
                    link(meeting));
        });
    }

    void minutesToValidate(Meeting meeting, Collection<Long> present) {
        // sent again after a correction: the carriers' "correction asked" message is dealt with
        notifications.settle("notification.minutesCorrection", link(meeting) + "#minutes");
        notifications.notify(present, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.minutesToValidate", meeting.getTitle(), link(meeting) + "#minutes");
    }

    /** The minutes are validated, or back with the carrier: nobody is asked to validate this text any more. */
    void minutesNoLongerToValidate(Meeting meeting) {
        notifications.settle("notification.minutesToValidate", link(meeting) + "#minutes");
    }

    void correctionAsked(Meeting meeting, Collection<Long> carriers) {
        notifications.notify(carriers, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.minutesCorrection", meeting.getTitle(), link(meeting) + "#minutes");
    }

    /** The meeting's calendar file as it stands (request, or cancellation), with its invitees. */
    String calendarFile(Meeting meeting, Collection<Long> invitees) {
        return calendar.toIcs(invite(meeting, invitees));
    }

    private void mail(Meeting meeting, Collection<Long> to, Collection<Long> invitees, String keyPrefix) {
        if (to.isEmpty()) {
            return;
        }
        String where = where(meeting);
        // the start as a LocalDateTime: each mail writes it in its recipient's language
        notifications.mailCalendar(to, keyPrefix + ".subject", new Object[] {meeting.getTitle()},
                keyPrefix + ".body", new Object[] {meeting.getTitle(), meeting.getStartsAt(), where},
                link(meeting), calendarFile(meeting, invitees), meeting.isCancelled());
    }

    private MeetingCalendar.CalendarInvite invite(Meeting meeting, Collection<Long> invitees) {
        Person organiser = people.get(meeting.getCreatedById());
        // no ATTENDEE lines: the file goes to every invitee and to any member who downloads it, and people's
        // addresses are not shared with the others; answers are given in the app
        List<MeetingCalendar.Attendee> attendees = List.of();
        return new MeetingCalendar.CalendarInvite(meeting.getUid(), meeting.getSequenceNo(), meeting.isCancelled(),
                meeting.getTitle(), meeting.getAgenda(), where(meeting), notifications.absoluteLink(link(meeting)),
                meeting.getStartsAt(), meeting.getDurationMinutes(), organiser.getDisplayName(),
                organiser.getEmail(), attendees);
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
