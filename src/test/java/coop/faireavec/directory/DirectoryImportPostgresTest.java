package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A confirmed import is all or nothing, on a real PostgreSQL (issue #17, point 4): the database refuses the last
 * service of the fixture workbook (a trigger made for the test), after the first organisation and its service were
 * written in the same transaction; the person gets a message in the page and the directory is as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext // close the engine and the pool while the server still runs
class DirectoryImportPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("directory_import_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DataSource dataSource;

    @Test
    void anImportThatFailsMidwayChangesNothing() throws Exception {
        TestData.Scenario scenario = data.runningExperimentation();
        String base = "/directory/" + scenario.territoryId();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String schema = jdbc.queryForObject(
                "select table_schema from information_schema.tables where table_name = 'directory_service'",
                String.class);
        jdbc.execute("create function " + schema + ".refuse_vestiaire() returns trigger language plpgsql as $$ begin"
                + " if new.nom = 'Vestiaire solidaire' then raise exception 'refused for the test'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger refuse_vestiaire before insert on " + schema
                + ".directory_service for each row execute function " + schema + ".refuse_vestiaire()");
        try {
            MockHttpSession session = new MockHttpSession();
            MockHttpServletResponse uploaded = mvc.perform(multipart(base + "/import")
                            .file(new MockMultipartFile(
                                    "file", "annuaire.xlsx", null, DirectoryImportTest.fixture("import-fixture.xlsx")))
                            .session(session)
                            .with(csrf())
                            .with(user(scenario.carrier())))
                    .andReturn()
                    .getResponse();
            assertThat(uploaded.getRedirectedUrl()).startsWith(base + "/import/");

            MockHttpServletResponse failed = mvc.perform(post(uploaded.getRedirectedUrl())
                            .session(session)
                            .with(csrf())
                            .with(user(scenario.carrier())))
                    .andReturn()
                    .getResponse();
            assertThat(failed.getStatus()).isEqualTo(200);
            assertThat(failed.getContentAsString())
                    .contains("L&#39;import n&#39;a pas pu se faire. Rien n&#39;a été ajouté à l&#39;annuaire.");
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + schema + ".directory_structure where territory_id = ?",
                            Long.class,
                            scenario.territoryId()))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + schema + ".directory_service v join " + schema
                                    + ".directory_structure s on s.id = v.structure_id"
                                    + " where v.nom = 'Colis alimentaires' and s.territory_id = ?",
                            Long.class,
                            scenario.territoryId()))
                    .isZero();
        } finally {
            jdbc.execute("drop trigger refuse_vestiaire on " + schema + ".directory_service");
            jdbc.execute("drop function " + schema + ".refuse_vestiaire()");
        }
    }

    @Autowired
    DirectoryExchangeService exchange;

    /**
     * Confirming one preview twice at once (a double click, two tabs) writes its records once: the second confirm waits
     * on the first's import key, then writes nothing and says it was done already (a newcomer's trial added every
     * record twice).
     */
    @Test
    void aPreviewConfirmedTwiceAtOnceIsImportedOnce() throws Exception {
        TestData.Scenario scenario = data.runningExperimentation();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // the preview the service made of a checked file (the session keeps it between the two requests)
        ImportPreview preview = exchange.preview(
                scenario.carrier().viewer(),
                scenario.territoryId(),
                "annuaire.json",
                List.of(new ImportedStructure(
                        2,
                        "s1",
                        "Épicerie du Double Clic",
                        "Redon",
                        DirectorySearchCases.structure("Épicerie du Double Clic", null, "Redon"),
                        List.of(),
                        List.of())),
                List.of());

        // both requests read the preview before either wrote: the key is what stops the second
        DirectoryExchangeService.ImportOutcome first =
                exchange.importPreview(scenario.carrier().viewer(), scenario.territoryId(), preview);
        assertThat(first.structures()).isEqualTo(1);
        assertThatThrownBy(() -> exchange.importPreview(scenario.carrier().viewer(), scenario.territoryId(), preview))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(structuresOf(jdbc, scenario)).isEqualTo(first.structures());

        // through the web, at the same instant: one imports, the other is told it was done; still no double
        TestData.Scenario other = data.runningExperimentation();
        String otherBase = "/directory/" + other.territoryId();
        MockHttpSession otherSession = new MockHttpSession();
        String otherPreview = mvc.perform(multipart(otherBase + "/import")
                        .file(new MockMultipartFile(
                                "file", "annuaire.xlsx", null, DirectoryImportTest.fixture("import-fixture.xlsx")))
                        .session(otherSession)
                        .with(csrf())
                        .with(user(other.carrier())))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return mvc.perform(post(otherPreview)
                                    .session(otherSession)
                                    .with(csrf())
                                    .with(user(other.carrier())))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl();
                }));
            }
            for (Future<String> answer : answers) {
                // imported, told it was done, or (when the first had already ended) told the preview is gone
                assertThat(answer.get(60, TimeUnit.SECONDS)).isIn(otherBase, otherBase + "/import");
            }
        } finally {
            pool.shutdownNow();
        }
        // every good row once: some written, none twice
        assertThat(structuresOf(jdbc, other)).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) - count(distinct nom) from " + schemaOf(jdbc)
                                + ".directory_structure where territory_id = ?",
                        Long.class,
                        other.territoryId()))
                .isZero();
    }

    private static String schemaOf(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select table_schema from information_schema.tables where table_name = 'directory_structure'",
                String.class);
    }

    private static long structuresOf(JdbcTemplate jdbc, TestData.Scenario scenario) {
        return jdbc.queryForObject(
                "select count(*) from " + schemaOf(jdbc) + ".directory_structure where territory_id = ?",
                Long.class,
                scenario.territoryId());
    }
}
