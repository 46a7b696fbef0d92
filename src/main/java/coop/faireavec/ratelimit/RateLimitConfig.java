package coop.faireavec.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the throttling buckets live (issue #16, point 1), chosen by {@code faireavec.throttling.store}:
 * <ul>
 *   <li>{@code database} (profile {@code postgres}): the table {@code <app schema>.rate_limit_bucket} (Flyway V58)
 *       through Bucket4j's PostgreSQL proxy manager ({@code SELECT ... FOR UPDATE} on the bucket's row), so every
 *       application node counts the same attempts;
 *   <li>{@code memory} (the default, the H2 demo on one node): Bucket4j's Caffeine proxy manager, at most 100,000
 *       buckets.
 * </ul>
 * Either way a bucket is forgotten once it has been full again for {@value #KEEP_FULL_MINUTES} minutes (rows: by
 * {@link RateLimitPurge}). Time is read from the application's {@link Clock} (tests move it).
 */
@Configuration
class RateLimitConfig {

    static final long KEEP_FULL_MINUTES = 10;

    private static ExpirationAfterWriteStrategy expiry() {
        return ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(KEEP_FULL_MINUTES));
    }

    private static TimeMeter meter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Buckets in the database, shared by every node (profile {@code postgres}). */
    @Bean
    @ConditionalOnProperty(name = "faireavec.throttling.store", havingValue = "database")
    PostgreSQLSelectForUpdateBasedProxyManager<String> databaseBuckets(
            DataSource dataSource, @Value("${faireavec.db.schema}") String schema, Clock clock) {
        return onTable(dataSource, schema, clock);
    }

    /**
     * A proxy manager on the {@code rate_limit_bucket} table of {@code schema} (also what the test that shows two
     * nodes sharing the counts builds twice).
     */
    static PostgreSQLSelectForUpdateBasedProxyManager<String> onTable(
            DataSource dataSource, String schema, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(schema + ".rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(expiry())
                .clientClock(meter(clock))
                .build();
    }

    /** Buckets in this JVM's memory (the H2 demo, one node). */
    @Bean
    @ConditionalOnProperty(name = "faireavec.throttling.store", havingValue = "memory", matchIfMissing = true)
    ProxyManager<String> memoryBuckets(Clock clock) {
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                .expirationAfterWrite(expiry())
                .clientClock(meter(clock))
                .build();
    }
}
