package coop.faireavec.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.NamingConsentService;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * with known counts, a kept version read back byte for byte and generated again, and its kept data (V52, bytea) with
 * person ids and no names.
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

    @Autowired
    NamingConsentService consents;

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
        // nobody's naming changed: written again from its kept data, it is the same workbook, byte for byte
        assertThat(again.getSha256()).isEqualTo(v.getSha256());
    }

    @Test
    void aVersionKeepsItsDataAsByteaWithPersonIdsAndNoNamesOnPostgres() throws Exception {
        TestData.ReportFixture f = data.reportFixture(clock);
        long exp = f.experimentationId();
        consents.chooseOwn(f.livedExperience().viewer(), exp, true);
        ReportVersion v = reports.generate(
                exp, Phase.SHARED_DIAGNOSIS, f.scenario().carrier().getPersonId(), "demandé");
        assertThat(sheet(v.getContent())).contains(f.livedExperience().getDisplayName());

        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns where table_schema = 'app'"
                                + " and table_name = 'report_version' and column_name = 'report_data'",
                        String.class))
                .isEqualTo("bytea");
        String json = keptData(v.getId());
        assertThat(json)
                .contains("\"speakerId\":" + f.livedExperience().getPersonId())
                .contains("\"speakerId\":" + f.practitioner().getPersonId())
                .contains("\"generatedById\":" + f.scenario().carrier().getPersonId())
                .contains("On attend trop longtemps.");
        for (String name : List.of(
                f.livedExperience().getDisplayName(),
                f.practitioner().getDisplayName(),
                f.committee().getDisplayName(),
                f.scenario().carrier().getDisplayName(),
                "Personne concernée")) {
            assertThat(json).as("no name kept in the data").doesNotContain(name);
        }

        // consent withdrawn: written again from those data, the pseudonym instead of the name
        consents.chooseOwn(f.livedExperience().viewer(), exp, false);
        ReportVersion again = reports.version(exp, Phase.SHARED_DIAGNOSIS, 1).orElseThrow();
        assertThat(again.getPreviousSha256()).isEqualTo(v.getSha256());
        assertThat(sheet(again.getContent()))
                .doesNotContain(f.livedExperience().getDisplayName())
                .contains("Personne concernée");
        assertThat(keptData(v.getId())).as("the data stay as they were").isEqualTo(json);
    }

    private String keptData(long versionId) throws IOException {
        byte[] data =
                jdbc.queryForObject("select report_data from app.report_version where id = ?", byte[].class, versionId);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The Contributions sheet's text. */
    private static String sheet(byte[] workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            book.getSheet("Contributions")
                    .forEach(row -> row.forEach(
                            cell -> text.append(format.formatCellValue(cell)).append('\n')));
        }
        return text.toString();
    }
}
