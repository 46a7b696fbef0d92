package coop.faireavec.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the audit's retention purge ({@link AuditRetention#purge()}) every night at 03:30 (platform time zone by
 * default: {@code faireavec.audit.purge.cron}). With several nodes only the node holding the ShedLock row
 * {@code auditPurge} runs it. Off where {@code faireavec.audit.purge.enabled=false} (tests call {@code purge()}).
 */
@Configuration
@ConditionalOnProperty(name = "faireavec.audit.purge.enabled", havingValue = "true", matchIfMissing = true)
class AuditPurgeJob {

    private final AuditRetention retention;

    AuditPurgeJob(AuditRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${faireavec.audit.purge.cron:0 30 3 * * *}", zone = "${faireavec.time-zone}")
    @SchedulerLock(name = "auditPurge", lockAtMostFor = "PT30M")
    void purge() {
        retention.purge();
    }
}
