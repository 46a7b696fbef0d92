package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same application on a real PostgreSQL (embedded binaries, no server needed): Flyway migrations into the
 * app schema, Camunda's own tables beside them, and a full scenario through the web layer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext // close the engine and the pool while the server still runs, not in a racing shutdown hook
class PostgresScenarioTest {

    static final EmbeddedPostgres POSTGRES = startPostgres();

    static EmbeddedPostgres startPostgres() {
        try {
            // Started once per test JVM; the library's shutdown hook stops it.
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("FAIREAVEC_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("FAIREAVEC_DB_USER", () -> "postgres");
        registry.add("FAIREAVEC_DB_PASSWORD", () -> "postgres");
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    }

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired DataSource dataSource;

    @Test
    void migrationsCreateTheAppSchemaBesideCamundasTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(160000);
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'app'",
                String.class)).contains("experimentation", "membership", "person", "user_account", "territory",
                "flyway_schema_history");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 'public' and table_name = 'act_ru_task'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anExperimentationIsCreatedStartedAndGoesThroughPhaseOne() throws Exception {
        WebScenario web = new WebScenario(mvc);
        AccountPrincipal admin = data.admin();
        long id = web.createExperimentation(admin, "Prévenir la précarisation", TestData.unique("Mordelles "));
        AccountPrincipal carrier = data.principal(web.addMember(admin, id, "Claire", null, "CARRIER"));
        AccountPrincipal committee = data.principal(web.addMember(carrier, id, "Jean", null, "COMMITTEE"));
        web.addMember(carrier, id, "Camille", "LIVED_EXPERIENCE", "PARTICIPANT");
        web.addMember(carrier, id, "Sam", "PRACTITIONERS", "PARTICIPANT");
        web.addMember(carrier, id, "Dominique", "DECISION_MAKERS", "PARTICIPANT");

        web.start(carrier, id);
        assertThat(data.experimentation(id).getStatus()).isEqualTo(ExperimentationStatus.RUNNING);
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);

        web.closePhase(carrier);
        web.review(committee, "Relecture du bilan par le comité", false, "Ajouter les expressions collectives.");
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);
        web.closePhase(carrier);
        web.review(committee, "Relecture du bilan par le comité", true, null);

        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.ACTION_LEADS);
        assertThat(web.stepId(carrier, "Clore la phase")).isNotBlank();
    }
}
