package coop.faireavec.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;

/**
 * One limit of a bucket: {@code capacity} failures are free, then one more is allowed every {@code refillEvery}
 * (Bucket4j's greedy refill of one token per period). Written {@code capacity/period} in the settings, e.g.
 * {@code 5/1m}: five free, then one a minute.
 */
record Limit(long capacity, Duration refillEvery) {

    Limit {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("a limit needs a capacity of at least 1 and a positive period");
        }
    }

    /**
     * Reads a comma-separated list of limits, e.g. {@code "5/1m, 10/10m"}.
     *
     * @throws IllegalArgumentException if an item is not {@code capacity/period} ({@code period} as Spring Boot
     *     durations are written: {@code 30s}, {@code 10m}, {@code 1h}, {@code PT1H})
     */
    static List<Limit> parseAll(String text) {
        List<Limit> limits = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] parts = item.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a limit is written capacity/period, e.g. 5/1m: " + item);
            }
            limits.add(new Limit(Long.parseLong(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip())));
        }
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("no limit in: " + text);
        }
        return List.copyOf(limits);
    }

    /** A bucket configuration that applies every limit at once (an attempt needs a token from each). */
    static BucketConfiguration bucketOf(List<Limit> limits) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (Limit limit : limits) {
            Bandwidth bandwidth = BandwidthBuilder.builder()
                    .capacity(limit.capacity())
                    .refillGreedy(1, limit.refillEvery())
                    .build();
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
