package coop.faireavec.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily retention job: at {@code faireavec.retention.cron} (03:40 every night, in the platform's zone, by
 * default) anonymises the closed experimentations whose retention period is over ({@link
 * RetentionService#anonymiseDue()}). With several application nodes only the node holding the ShedLock row
 * {@code retention} runs it (config.SchedulingConfig). Off where {@code faireavec.retention.job.enabled=false} (the
 * tests, which call the service themselves).
 */
@Configuration
@ConditionalOnProperty(name = "faireavec.retention.job.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${faireavec.retention.cron:0 40 3 * * *}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H")
    void anonymiseDue() {
        retention.anonymiseDue();
    }
}
