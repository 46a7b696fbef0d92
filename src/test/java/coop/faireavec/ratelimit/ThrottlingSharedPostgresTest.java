package coop.faireavec.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestPostgres;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Throttling on PostgreSQL (issue #16, point 1): the application (profile {@code postgres}) keeps its buckets in the
 * table {@code app.rate_limit_bucket}, and a second limiter on its own connection pool (as a second node would be)
 * sees the same counts: failures counted on one are refused on the other. Expired rows are purged.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext // close the engine and the pool while the database still runs
class ThrottlingSharedPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("throttling_shared_test");
    static HikariDataSource secondNodePool;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @BeforeAll
    static void secondNode() {
        secondNodePool = new HikariDataSource();
        secondNodePool.setJdbcUrl(DATABASE);
        secondNodePool.setUsername("postgres");
        secondNodePool.setPassword("postgres");
        secondNodePool.setMaximumPoolSize(2);
    }

    @AfterAll
    static void closeSecondNode() {
        secondNodePool.close();
    }

    @Autowired
    ProxyManager<String> store;

    @Autowired
    SignInThrottle signInOnA;

    @Autowired
    InvitationCodeThrottle codesOnA;

    @Autowired
    AuditLog audit;

    @Autowired
    DataSource dataSource;

    @Value("${faireavec.throttling.sign-in.per-account-and-address}")
    String perAccountAndAddress;

    @Value("${faireavec.throttling.sign-in.per-account}")
    String perAccount;

    @Value("${faireavec.throttling.sign-in.per-address}")
    String perAddress;

    @Value("${faireavec.throttling.invitation-code.per-address}")
    String codesPerAddress;

    private final MutableClock clockOfB = new MutableClock();

    private PostgreSQLSelectForUpdateBasedProxyManager<String> storeOfB() {
        return RateLimitConfig.onTable(secondNodePool, "app", clockOfB);
    }

    private int rows() {
        Integer count = new JdbcTemplate(dataSource)
                .queryForObject("select count(*) from app.rate_limit_bucket", Integer.class);
        return count == null ? 0 : count;
    }

    @Test
    void failuresCountedOnOneNodeAreRefusedOnTheOther() {
        assertThat(store).as("the application's store").isInstanceOf(PostgreSQLSelectForUpdateBasedProxyManager.class);
        SignInThrottle signInOnB = new SignInThrottle(storeOfB(), audit, perAccountAndAddress, perAccount, perAddress);
        for (int i = 0; i < 5; i++) {
            SignInThrottle node = i % 2 == 0 ? signInOnA : signInOnB;
            assertThat(node.attempt("Sam", "203.0.113.50").allowed())
                    .as("failure %d, on node %s", i + 1, i % 2 == 0 ? "A" : "B")
                    .isTrue();
        }
        assertThat(signInOnB.attempt("sam", "203.0.113.50").allowed())
                .as("the 6th, on B")
                .isFalse();
        assertThat(signInOnA.attempt("sam", "203.0.113.50").allowed())
                .as("the 6th again, on A")
                .isFalse();
        assertThat(signInOnA.attempt("sam", "203.0.113.51").allowed())
                .as("another address")
                .isTrue();
        signInOnB.signedIn("sam", "203.0.113.51");

        InvitationCodeThrottle codesOnB = new InvitationCodeThrottle(storeOfB(), audit, codesPerAddress);
        for (int i = 0; i < 20; i++) {
            assertThat(codesOnB.attempt("203.0.113.60").allowed()).isTrue();
        }
        assertThat(codesOnA.attempt("203.0.113.60").allowed())
                .as("the 21st wrong code, on A")
                .isFalse();

        assertThat(new JdbcTemplate(dataSource).queryForList("select id from app.rate_limit_bucket", String.class))
                .as("one row per bucket, keyed by a hash: no username or address in clear")
                .hasSize(6)
                .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{64}"));
    }

    @Test
    void rowsOfBucketsFullAgainForAWhileArePurged() {
        SignInThrottle signInOnB = new SignInThrottle(storeOfB(), audit, perAccountAndAddress, perAccount, perAddress);
        signInOnB.attempt("purged", "203.0.113.71");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long now = System.currentTimeMillis();
        assertThat(jdbc.queryForList("select expires_at from app.rate_limit_bucket", Long.class))
                .as("each row says until when it is kept: full again, plus 10 minutes (Bucket4j: system time, ms)")
                .allSatisfy(expiresAt -> assertThat(expiresAt).isGreaterThan(now + 9 * 60_000L));
        assertThat(storeOfB().removeExpired(1_000)).as("nothing expired yet").isZero();
        int before = rows();
        // a day passes for the buckets of 203.0.113.71
        int aged = jdbc.update(
                "update app.rate_limit_bucket set expires_at = expires_at - 86400000 where expires_at < ?",
                now + 2 * 3_600_000L);
        assertThat(aged).isGreaterThanOrEqualTo(3);
        assertThat(storeOfB().removeExpired(1_000)).isEqualTo(aged);
        assertThat(rows()).isEqualTo(before - aged);
    }
}
