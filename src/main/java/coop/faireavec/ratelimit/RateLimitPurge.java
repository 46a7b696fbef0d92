package coop.faireavec.ratelimit;

import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of buckets that have been full again for a while (their {@code expires_at}, in epoch
 * milliseconds, compared by Bucket4j with the system time), 1,000 rows at a time, every 10 minutes on one node (ShedLock). Does nothing with the
 * memory store (Caffeine forgets them itself); off when {@code faireavec.throttling.purge.enabled=false} (the tests).
 */
@Component
@ConditionalOnProperty(name = "faireavec.throttling.purge.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitPurge {

    private static final int BATCH = 1_000;

    private final ObjectProvider<PostgreSQLSelectForUpdateBasedProxyManager<String>> database;

    RateLimitPurge(ObjectProvider<PostgreSQLSelectForUpdateBasedProxyManager<String>> database) {
        this.database = database;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    @SchedulerLock(name = "rateLimitPurge", lockAtMostFor = "PT10M")
    void purgeExpired() {
        PostgreSQLSelectForUpdateBasedProxyManager<String> store = database.getIfAvailable();
        if (store == null) {
            return;
        }
        int removed;
        do {
            removed = store.removeExpired(BATCH);
        } while (removed == BATCH);
    }
}
