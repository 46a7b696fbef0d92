package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
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
                            "select count(*) from " + schema + ".directory_service where nom = 'Colis alimentaires'",
                            Long.class))
                    .isZero();
        } finally {
            jdbc.execute("drop trigger refuse_vestiaire on " + schema + ".directory_service");
            jdbc.execute("drop function " + schema + ".refuse_vestiaire()");
        }
    }
}
