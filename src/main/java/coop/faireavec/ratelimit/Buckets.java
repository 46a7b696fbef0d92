package coop.faireavec.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The buckets of one kind ("sign-in per account"...), one per key, kept by Bucket4j's proxy manager (in the database
 * or in memory, {@link RateLimitConfig}). Keys are stored as the SHA-256 of kind and key, so the table holds no
 * username or address in clear.
 */
final class Buckets {

    private final String kind;
    private final BucketConfiguration configuration;
    private final ProxyManager<String> store;

    Buckets(String kind, List<Limit> limits, ProxyManager<String> store) {
        this.kind = kind;
        this.configuration = Limit.bucketOf(limits);
        this.store = store;
    }

    /** The bucket of {@code key} (created full on first use). */
    Bucket of(String key) {
        return store.builder().build(id(key), () -> configuration);
    }

    private String id(String key) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest((kind + '\n' + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Takes one token from each bucket, or from none: if one of them is empty, the tokens already taken are given
     * back and the verdict says how long to wait until every bucket has one again (the longest wait).
     */
    static Verdict takeFromAll(List<Bucket> buckets) {
        List<Bucket> taken = new ArrayList<>();
        long waitNanos = -1;
        for (Bucket bucket : buckets) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                taken.add(bucket);
            } else {
                waitNanos = Math.max(waitNanos, probe.getNanosToWaitForRefill());
            }
        }
        if (waitNanos < 0) {
            return Verdict.ALLOWED;
        }
        taken.forEach(bucket -> bucket.addTokens(1));
        return new Verdict(false, Duration.ofNanos(Math.max(waitNanos, 1_000_000_000L)));
    }
}
