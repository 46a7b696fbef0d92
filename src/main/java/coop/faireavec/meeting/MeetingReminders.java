package coop.faireavec.meeting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every quarter of an hour, reminds the people invited to a meeting that starts within a day (once per meeting):
 * many participants have no diary, and a reminder the day before is what makes them come. Off in tests, which call
 * {@link MeetingService#remindComingMeetings} with the time they want. With several application nodes, only the node
 * holding the ShedLock row {@code meetingReminders} runs it in a period (config.SchedulingConfig).
 */
@Configuration
@ConditionalOnProperty(name = "faireavec.meeting-reminders.enabled", havingValue = "true", matchIfMissing = true)
class MeetingReminders {

    private final MeetingService meetings;

    MeetingReminders(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Scheduled(
            fixedDelayString = "${faireavec.meeting-reminders.every:PT15M}",
            initialDelayString = "${faireavec.meeting-reminders.initial-delay:PT1M}")
    @SchedulerLock(name = "meetingReminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    void remind() {
        meetings.remindComingMeetings(meetings.now());
    }
}
