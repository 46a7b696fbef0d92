package coop.faireavec.meeting;

import coop.faireavec.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Which meeting actions fit the meeting's time. Before it starts, the carrier changes, invites and cancels, and
 * invitees answer; once it has started, the attendance says who came, people speak, the carrier writes the minutes.
 * A request at a time that does not fit gets a {@link ConflictException} (a 409 page with a plain message); the
 * meeting page asks the same questions so that it never offers such an action.
 */
@Component
class MeetingTime {

    private final Clock clock;
    private final MeetingInvitations invitations;

    MeetingTime(Clock clock, MeetingInvitations invitations) {
        this.clock = clock;
        this.invitations = invitations;
    }

    /** The platform's time zone, in which meeting times are wall-clock times. */
    ZoneId zone() {
        return invitations.zone();
    }

    /** The moment now on the application's clock: what records when something happened. */
    Instant instant() {
        return clock.instant();
    }

    /** The wall-clock time now in the platform's time zone. */
    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone()));
    }

    /** True once the meeting's start time is reached (in the platform's time zone). */
    boolean hasStarted(Meeting meeting) {
        return !now().isBefore(meeting.getStartsAt());
    }

    /** True once the meeting's end (start plus duration) is reached. */
    boolean hasEnded(Meeting meeting) {
        return !meeting.getEndsAt().isAfter(now());
    }

    /** Changing, inviting and answering: only for a meeting neither cancelled nor started. */
    void requireNotStarted(Meeting meeting) {
        MeetingLookup.requireNotCancelled(meeting);
        if (hasStarted(meeting)) {
            throw new ConflictException("conflict.meetingStarted");
        }
    }

    /** Attendance, words and minutes: only for a meeting not cancelled that has started. */
    void requireStarted(Meeting meeting) {
        MeetingLookup.requireNotCancelled(meeting);
        if (!hasStarted(meeting)) {
            throw new ConflictException("conflict.meetingNotStarted");
        }
    }
}
