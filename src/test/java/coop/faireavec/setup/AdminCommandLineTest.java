package coop.faireavec.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import coop.faireavec.FaireAvecApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code java -jar faire-avec.jar --faireavec.admin.create=USERNAME}: the application starts without its HTTP port,
 * creates the administrator with the password from the environment or standard input (never the command line),
 * and gives the exit code; the account then signs in. Runs the command the way {@code main} does, on a new H2
 * database.
 */
class AdminCommandLineTest {

    static final String PASSWORD = "un jardin partagé au printemps";

    static ConfigurableApplicationContext context;
    static int exitCodeAtStart;
    static String printedAtStart;

    @BeforeAll
    static void runTheCommand() {
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            context = AdminCommandLine.start(
                    FaireAvecApplication.class,
                    "--spring.profiles.active=test",
                    "--faireavec.admin.create=Root.Admin",
                    "--faireavec.admin.name=Camille Admin");
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
        exitCodeAtStart = context.getBean(AdminCommandLine.class).getExitCode();
        printedAtStart = printed.toString(StandardCharsets.UTF_8);
    }

    /** What main does last: the exit code of the run, and the context closed. */
    @AfterAll
    static void exitWithTheCommandsCode() {
        if (context != null) {
            assertThat(SpringApplication.exit(context))
                    .isEqualTo(exitCodeAtStart)
                    .isZero();
        }
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private int execute(String username, Map<String, String> variables, String stdin, ByteArrayOutputStream out) {
        return context.getBean(AdminCommandLine.class)
                .execute(
                        username,
                        null,
                        null,
                        variables,
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        null,
                        new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void thePasswordFromStandardInputMakesAnAdministratorWhoCanSignIn() throws Exception {
        assertThat(exitCodeAtStart).isZero();
        assertThat(printedAtStart).contains("Administrator 'root.admin' created");
        mvc().perform(formLogin().user("root.admin").password(PASSWORD))
                .andExpect(authenticated().withUsername("root.admin").withRoles("ADMIN", "USER"));
        assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                        .queryForObject(
                                "select p.display_name from app.person p join app.user_account a on a.person_id = p.id "
                                        + "where a.username = 'root.admin' and a.admin",
                                String.class))
                .isEqualTo("Camille Admin");
    }

    @Test
    void theCommandServesNothingPrintsNoSetupAddressAndSeedsNoDemo() {
        assertThat(((ServletWebServerApplicationContext) context).getWebServer().getPort())
                .isLessThan(1);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("select count(*) from app.setup_token", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.user_account where username = 'admin'", Integer.class))
                .isZero();
    }

    @Test
    void theEnvironmentVariableComesBeforeStandardInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String fromEnvironment = "le vent souffle sur la lande";
        int code =
                execute("second.admin", Map.of(AdminCommandLine.PASSWORD_VARIABLE, fromEnvironment), "password\n", out);
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(AdminCommandLine.CREATED);
        mvc().perform(formLogin().user("second.admin").password(fromEnvironment))
                .andExpect(authenticated().withRoles("ADMIN", "USER"));
        mvc().perform(formLogin().user("second.admin").password("password")).andExpect(unauthenticated());
    }

    @Test
    void aPasswordAgainstThePolicyIsRefusedInPlainWordsWithANonZeroCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = execute("weak.admin", Map.of(), "password\n", out);
        assertThat(code).isEqualTo(AdminCommandLine.INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("password: This password is too well known")
                .contains("Nothing was created.");
        mvc().perform(formLogin().user("weak.admin").password("password")).andExpect(unauthenticated());
    }

    @Test
    void noPasswordAtAllIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(execute("silent.admin", Map.of(), "", out)).isEqualTo(AdminCommandLine.INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No password").contains("FAIREAVEC_ADMIN_PASSWORD");
    }

    @Test
    void aTakenUsernameChangesNothingAndSaysSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = execute("ROOT.admin", Map.of(), "une autre phrase assez longue\n", out);
        assertThat(code).isEqualTo(AdminCommandLine.TAKEN);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exists already");
        mvc().perform(formLogin().user("root.admin").password(PASSWORD)).andExpect(authenticated());
    }
}
