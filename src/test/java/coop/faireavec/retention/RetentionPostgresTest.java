package coop.faireavec.retention;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.Viewer;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The retention job on a real PostgreSQL (V63, the anonymiser's SQL and the schema's metadata there): a closed
 * experimentation past its period is anonymised once, with the same report figures and its kept report written again.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestData.class, MutableClock.class})
@DirtiesContext
class RetentionPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("retention_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    RetentionService retention;

    @Autowired
    ExperimentationAnonymiser anonymiser;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aClosedExperimentationPastItsPeriodIsAnonymisedOnceOnPostgres() {
        TestData.ReportFixture f = data.reportFixture(clock);
        long id = f.experimentationId();
        Viewer admin = new Viewer(0, "system", true);
        reports.generate(id, Phase.SHARED_DIAGNOSIS, f.scenario().carrier().getPersonId(), ReportService.REASON_ASKED);
        PhaseReport before = reports.summary(admin, id, Phase.SHARED_DIAGNOSIS).orElseThrow();
        Set<Long> people = new HashSet<>(
                jdbc.queryForList("select person_id from app.membership where experimentation_id = ?", Long.class, id));
        experimentations.close(id);
        LocalDate day =
                data.experimentation(id).anonymisationDay(clock.getZone()).orElseThrow();
        assertThat(day).isEqualTo(LocalDate.now(clock).plusMonths(24));

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day) - 1));
        assertThat(retention.anonymiseDue()).doesNotContain(id);
        clock.advance(Duration.ofDays(1));
        assertThat(retention.anonymiseDue()).containsExactly(id);

        for (ExperimentationAnonymiser.ScopedColumn c : ExperimentationAnonymiser.SCOPED) {
            List<Long> left = jdbc.queryForList(
                    "select " + c.column() + " from app." + c.table() + " where "
                            + c.scope().formatted("app") + " and " + c.column() + " is not null",
                    Long.class,
                    id);
            assertThat(left).as("%s.%s", c.table(), c.column()).doesNotContainAnyElementsOf(people);
        }
        PhaseReport kept = reports.summary(admin, id, Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(kept.figures()).isEqualTo(before.figures());
        assertThat(kept.heading().generatedBy()).startsWith("Membre ");
        reports.generate(id, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_ASKED);
        PhaseReport after = reports.summary(admin, id, Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(after.figures()).isEqualTo(before.figures());
        assertThat(after.meetings()).isEqualTo(before.meetings());
        assertThat(jdbc.queryForObject(
                        "select replaced_reason from app.report_version where experimentation_id = ? and version_no = 1",
                        String.class,
                        id))
                .isEqualTo(RetentionService.REASON);

        Integer persons = jdbc.queryForObject("select count(*) from app.person", Integer.class);
        clock.advance(Duration.ofDays(3));
        assertThat(retention.anonymiseDue()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from app.person", Integer.class))
                .isEqualTo(persons);
    }

    @Test
    void everyPersonColumnOfThePostgresSchemaIsPlaced() {
        Set<String> placed = new HashSet<>(ExperimentationAnonymiser.NOT_EXPERIMENTATION_DATA);
        ExperimentationAnonymiser.SCOPED.forEach(c -> placed.add(c.table() + "." + c.column()));
        ExperimentationAnonymiser.DELETED.forEach(c -> placed.add(c.table() + "." + c.column()));
        assertThat(anonymiser.personColumns()).hasSizeGreaterThan(30);
        assertThat(placed).containsAll(anonymiser.personColumns());
    }
}
