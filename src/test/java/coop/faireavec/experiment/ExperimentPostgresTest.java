package coop.faireavec.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Experiments on a real PostgreSQL: the V48 tables (numeric values, the team and values as collections), an
 * observation stored and read back, the "came in during the cycle" query, and a new plan that retires an indicator
 * while keeping its values.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestData.class, MutableClock.class})
@DirtiesContext
class ExperimentPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("experiment_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ExperimentService experiments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExperimentItsObservationsAndANewPlanAreKeptOnPostgres() {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal camille = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        long id = data.experimentFixture(s, camille);
        ExperimentView e = experiments.page(camille.viewer(), exp, id);
        long indicator = e.indicators().get(0).id();
        assertThat(experiments.observedSince(exp, e.leadId(), clock.instant().minus(Duration.ofDays(14))))
                .isFalse();

        experiments.addObservation(
                camille.viewer(),
                exp,
                id,
                new NewObservation(LocalDate.now(clock), Map.of(indicator, new BigDecimal("12.25")), "Douze."),
                null,
                null,
                null);

        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns where table_schema = 'app'"
                                + " and table_name = 'experiment_observation_value' and column_name = 'measured'",
                        String.class))
                .isEqualTo("numeric");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.experiment_team_member where experiment_id = ?", Integer.class, id))
                .isEqualTo(2);
        ExperimentView read = experiments.page(camille.viewer(), exp, id);
        assertThat(read.indicators().get(0).latest()).isEqualByComparingTo("12.25");
        assertThat(read.journal()).singleElement().satisfies(o -> {
            assertThat(o.narrative()).isEqualTo("Douze.");
            assertThat(o.recordedByName()).isNull();
        });
        assertThat(experiments.observedSince(exp, e.leadId(), clock.instant().minus(Duration.ofDays(14))))
                .isTrue();
        clock.advance(Duration.ofDays(15));
        try {
            assertThat(experiments.observedSince(
                            exp, e.leadId(), clock.instant().minus(Duration.ofDays(14))))
                    .isFalse();
        } finally {
            clock.reset();
        }

        // a new plan with another indicator: the first stays, inactive, with its value
        experiments.plan(
                exp,
                e.leadId(),
                new ExperimentPlan(
                        "Nouveau but.",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(2),
                        e.team().stream().map(ExperimentView.Member::personId).toList(),
                        List.of(new IndicatorSpec(
                                "Jours d'attente",
                                "jours",
                                BigDecimal.valueOf(30),
                                BigDecimal.TEN,
                                Direction.LOWER_IS_BETTER))),
                s.carrier().getPersonId());
        ExperimentView replanned = experiments.page(camille.viewer(), exp, id);
        assertThat(replanned.goal()).isEqualTo("Nouveau but.");
        assertThat(replanned.activeIndicators())
                .extracting(ExperimentView.IndicatorView::name)
                .containsExactly("Jours d'attente");
        assertThat(replanned.indicators())
                .filteredOn(i -> !i.active())
                .singleElement()
                .satisfies(i -> assertThat(i.points()).hasSize(1));
    }
}
