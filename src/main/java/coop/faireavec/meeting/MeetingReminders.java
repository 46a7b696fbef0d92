package coop.faireavec.meeting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every quarter of an hour, reminds the people invited to a meeting that starts within a day (once per meeting):
 * many participants have no diary, and a reminder the day before is what makes them come. Off in tests, which call
 * {@link MeetingService#remindComingMeetings} with the time they want.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "faireavec.meeting-reminders.enabled", havingValue = "true", matchIfMissing = true)
class MeetingReminders {

    private final MeetingService meetings;

    MeetingReminders(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Scheduled(fixedDelayString = "${faireavec.meeting-reminders.every:PT15M}", initialDelayString = "PT1M")
    void remind() {
        meetings.remindComingMeetings(meetings.now());
    }
}
