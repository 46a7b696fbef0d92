package coop.faireavec.audit;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The audit's retention (issue #16, point 4): events older than {@code faireavec.audit.retention} (12 months by
 * default) are deleted by the purge, newer ones are kept, and the purge writes how many it deleted; the clock is the
 * test's ({@link MutableClock}). The repository stays append-only and the job is locked across nodes.
 */
@FaireAvecWebTest
class AuditRetentionTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditRetention retention;

    @Autowired
    MutableClock clock;

    @Test
    void thePurgeDeletesWhatIsOlderThanTwelveMonthsKeepsTheRestAndSaysHowMany() {
        assertThat(retention.retention()).isEqualTo(Period.ofMonths(12));
        String mark = TestData.unique("retention-");
        AuditLog.Actor actor = new AuditLog.Actor(null, "test", null);
        try {
            clock.advance(Duration.ofDays(-367));
            audit.record(actor, AuditKind.TEST_MAIL_SENT, "mail", null, mark + "-old");
            clock.reset();
            clock.advance(Duration.ofDays(-360));
            audit.record(actor, AuditKind.TEST_MAIL_SENT, "mail", null, mark + "-kept");
        } finally {
            clock.reset();
        }

        int deleted = retention.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        // only this kind around those days: the shared test context holds many newer events
        LocalDate today = LocalDate.now(clock);
        AuditLog.Filter around =
                new AuditLog.Filter(null, null, AuditKind.TEST_MAIL_SENT, today.minusDays(370), today.minusDays(355));
        List<String> left = audit.search(around, 0, 500).events().stream()
                .map(AuditEvent::getDetail)
                .filter(d -> d != null && d.startsWith(mark))
                .toList();
        assertThat(left).containsExactly(mark + "-kept");
        AuditEvent purged = audit.search(new AuditLog.Filter(null, null, AuditKind.AUDIT_PURGED, null, null), 0, 1)
                .events()
                .get(0);
        assertThat(purged.getDetail()).startsWith(deleted + " events before");
        assertThat(purged.getActorId()).isNull();

        assertThat(retention.purge()).as("nothing left to purge").isZero();
    }

    @Test
    void theRepositoryCannotChangeOrDeleteAndTheJobIsLockedAcrossNodes() throws Exception {
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
        Method job = AuditPurgeJob.class.getDeclaredMethod("purge");
        assertThat(job.getAnnotation(SchedulerLock.class).name()).isEqualTo("auditPurge");
        assertThat(job.getAnnotation(Scheduled.class)).isNotNull();
    }
}
