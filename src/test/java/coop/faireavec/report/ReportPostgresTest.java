package coop.faireavec.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports on a real PostgreSQL: the V43 table (bytea content), the assembler's paged queries and counts on the fixture
 * with known counts, and a kept version read back byte for byte and generated again.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestData.class, MutableClock.class})
@DirtiesContext
class ReportPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("report_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    PhaseReportAssembler assembler;

    @Autowired
    ReportService reports;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFixtureIsCountedAndItsReportKeptAsByteaOnPostgres() {
        TestData.ReportFixture f = data.reportFixture(clock);
        PhaseReportAssemblerTest.ReportAssertions.assertKnownCounts(tx, assembler, f);

        ReportVersion v = reports.generate(f.experimentationId(), Phase.SHARED_DIAGNOSIS, null, "étape bilan");
        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns where table_schema = 'app'"
                                + " and table_name = 'report_version' and column_name = 'content'",
                        String.class))
                .isEqualTo("bytea");
        byte[] stored =
                jdbc.queryForObject("select content from app.report_version where id = ?", byte[].class, v.getId());
        assertThat(stored).isEqualTo(v.getContent());

        assertThat(reports.regenerateKept(f.experimentationId(), "consentement retiré"))
                .isEqualTo(1);
        ReportVersion again = reports.version(f.experimentationId(), Phase.SHARED_DIAGNOSIS, 1)
                .orElseThrow();
        assertThat(again.getPreviousSha256()).isEqualTo(v.getSha256());
        assertThat(again.getSha256()).isNotEqualTo(v.getSha256());
    }
}
