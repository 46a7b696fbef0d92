package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.faireavec.FaireAvecApplication;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The backup and restore drill of docs/operations.md, on a real PostgreSQL: an experimentation with a held meeting and
 * what was said in it, {@code pg_dump -Fc} of the whole database, {@code pg_restore} into a fresh database, and a
 * second application started on the copy finds the same experimentation, the same open steps in the engine and the
 * same contributions.
 *
 * <p>{@code pg_dump} refuses a server newer than itself, so the drill runs its own embedded server of the major
 * version of the machine's client ({@code drill-postgres.version} in pom.xml: io.zonky's binaries, copied to
 * target/drill-postgres/; the client from Debian's {@code postgresql-client-<major>}, which .ci/run installs). Without
 * them the test is skipped, or fails when {@code CI=true}.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext
class BackupRestoreDrillPostgresTest {

    private static final String VERSION = System.getProperty("faireavec.drill.postgres.version", "");
    private static final String MAJOR = VERSION.contains(".") ? VERSION.substring(0, VERSION.indexOf('.')) : VERSION;
    private static final Path BUNDLE = Path.of(System.getProperty("faireavec.drill.postgres.bundle", "missing"));
    private static final Path CLIENT = Path.of("/usr/lib/postgresql", MAJOR, "bin");

    @BeforeAll
    static void theDrillNeedsAClientAndServerOfOneMajorVersion() {
        boolean ready = Files.isRegularFile(BUNDLE) && Files.isExecutable(CLIENT.resolve("pg_dump"));
        if (!ready && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("the drill needs " + BUNDLE + " (mvn generate-test-resources) and " + CLIENT
                    + "/pg_dump (apt-get install postgresql-client-" + MAJOR + ")");
        }
        assumeTrue(ready, "no PostgreSQL " + MAJOR + " client (" + CLIENT + ") or server binaries: drill skipped");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("FAIREAVEC_DB_URL", () -> Drill.SOURCE);
        registry.add("FAIREAVEC_DB_USER", () -> "postgres");
        registry.add("FAIREAVEC_DB_PASSWORD", () -> "postgres");
        registry.add("spring.datasource.url", () -> Drill.SOURCE);
    }

    /** Started on first use, once the class is known to run. */
    private static final class Drill {
        static final DrillServer SERVER = DrillServer.start(BUNDLE, CLIENT);
        static final String SOURCE = SERVER.newDatabase("drill_source");
    }

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Test
    void aDumpRestoredIntoAFreshDatabaseServesTheSameExperimentationStepsAndContributions(@TempDir Path dir)
            throws Exception {
        TestData.Scenario scenario = data.runningExperimentation();
        long id = scenario.experimentationId();
        AccountPrincipal speaker = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        data.meetingWithWords(scenario, speaker);
        Snapshot before = Snapshot.of(jdbc, tasks, history, id);
        assertThat(before.openSteps()).isNotEmpty();
        assertThat(before.contributions()).isNotEmpty();

        Path dump = dir.resolve("faireavec.dump");
        Drill.SERVER.run(
                "pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + Drill.SERVER.libpqUrl("drill_source"));
        Drill.SERVER.newDatabase("drill_restored");
        Drill.SERVER.run(
                "pg_restore",
                "--exit-on-error",
                "--no-owner",
                "--dbname=" + Drill.SERVER.libpqUrl("drill_restored"),
                dump.toString());

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(FaireAvecApplication.class)
                .profiles("test", "postgres")
                .web(WebApplicationType.SERVLET)
                .run(
                        "--FAIREAVEC_DB_URL=" + Drill.SERVER.jdbcUrl("drill_restored"),
                        "--FAIREAVEC_DB_USER=postgres",
                        "--FAIREAVEC_DB_PASSWORD=postgres",
                        "--camunda.bpm.process-engine-name=restored",
                        "--server.port=0")) {
            Snapshot after = Snapshot.of(
                    restored.getBean(JdbcTemplate.class),
                    restored.getBean(TaskService.class),
                    restored.getBean(HistoryService.class),
                    id);

            assertThat(after).isEqualTo(before);
        }
    }

    /** What must survive a restore: the experimentation, its open steps, its finished steps, its contributions. */
    record Snapshot(String title, Set<String> openSteps, long finishedSteps, List<String> contributions) {

        static Snapshot of(JdbcTemplate jdbc, TaskService tasks, HistoryService history, long id) {
            String key = String.valueOf(id);
            Set<String> open = new TreeSet<>();
            for (Task task :
                    tasks.createTaskQuery().processInstanceBusinessKey(key).list()) {
                open.add(task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getName());
            }
            return new Snapshot(
                    jdbc.queryForObject("select title from app.experimentation where id = ?", String.class, id),
                    open,
                    history.createHistoricTaskInstanceQuery()
                            .processInstanceBusinessKey(key)
                            .finished()
                            .count(),
                    jdbc.queryForList(
                            "select author_id || ' ' || body from app.contribution where experimentation_id = ?"
                                    + " order by id",
                            String.class,
                            id));
        }
    }

    /** An embedded PostgreSQL of the client's major version, and that client. */
    record DrillServer(EmbeddedPostgres server, Path clientBin) {

        static DrillServer start(Path bundle, Path clientBin) {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setPgBinaryResolver((system, architecture) -> {
                            ZipFile jar = new ZipFile(bundle.toFile());
                            return jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"));
                        })
                        .start();
                return new DrillServer(server, clientBin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String newDatabase(String name) {
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create database " + name, e);
            }
            return jdbcUrl(name);
        }

        String jdbcUrl(String database) {
            return server.getJdbcUrl("postgres", database);
        }

        String libpqUrl(String database) {
            return "postgresql://postgres@localhost:" + server.getPort() + "/" + database;
        }

        /** Runs one of the client's programs; fails with its output unless it ends with 0 within two minutes. */
        void run(String program, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(clientBin.resolve(program).toString());
            command.addAll(List.of(arguments));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(program).isTrue();
            assertThat(process.exitValue()).as(program + ": " + output).isZero();
        }
    }
}
