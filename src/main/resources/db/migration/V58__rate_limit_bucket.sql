-- Sign-in and invitation-code throttling (issue #16, point 1): one row per Bucket4j token bucket, so that every
-- application node counts the same attempts (PostgreSQL; the H2 demo keeps its buckets in memory and leaves this table
-- empty). Columns as Bucket4j's PostgreSQL proxy manager expects them: id is the SHA-256 (hex) of the bucket's kind
-- and key (no username or address in clear), state Bucket4j's serialized bucket, expires_at in epoch milliseconds
-- (rows past it are deleted by ratelimit.RateLimitPurge). BYTEA is PostgreSQL's binary type and an alias of binary
-- varying in H2, so one script serves both.
create table rate_limit_bucket (
    id varchar(64) not null primary key,
    state bytea,
    expires_at bigint
);
