package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The meeting reminders job runs once per period whichever node calls it: the second call inside the lock's
 * {@code lockAtLeastFor} (a minute) is skipped by ShedLock, as another node's call would be.
 */
@SpringBootTest(properties = "faireavec.meeting-reminders.enabled=true")
@ActiveProfiles("test")
@Import({TestData.class, MutableClock.class})
class MeetingRemindersLockTest {

    @Autowired
    MeetingReminders reminders;

    @MockitoSpyBean
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondRunInsideTheLockedPeriodIsSkipped() {
        reminders.remind();
        reminders.remind();

        verify(meetings, times(1)).remindComingMeetings(any());
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.shedlock where name = 'meetingReminders' and lock_until > locked_at",
                        Integer.class))
                .isEqualTo(1);
    }
}
