package coop.faireavec.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.shared.OneTimeTokens;
import coop.faireavec.support.MockSessionIds;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.SessionRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Day one in production: the application on a real PostgreSQL with no data at all and no demo. Nobody can sign in,
 * so the log gives a one-time set-up address; through it the first administrator is made, signs in, opens a
 * territory and its first experimentation and adds its carrier, who signs in too. Also the forgotten-password link
 * (mail on, against GreenMail).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@Import(MutableClock.class)
@TestPropertySource(
        properties = {
            "faireavec.mail.enabled=true",
            "faireavec.mail.from=faireavec@example.org",
            "faireavec.public-url=https://faireavec.example.org",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.auth=false",
            "spring.mail.properties.mail.smtp.starttls.enable=false"
        })
@DirtiesContext // close the engine and the pool while the database still runs
class FirstHourOnPostgresTest {

    static final Pattern SETUP_ADDRESS =
            Pattern.compile("https://faireavec\\.example\\.org/setup\\?token=([A-Za-z0-9_-]+)");
    static final Pattern RESET_LINK =
            Pattern.compile("https://faireavec\\.example\\.org/password/reset\\?token=([A-Za-z0-9_-]+)");
    static final String ADMIN_PASSWORD = "un jardin partagé au printemps";
    static final String CARRIER_PASSWORD = "la rivière coule sous le pont";

    static final String DATABASE = TestPostgres.newDatabase("first_hour_test");
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void postgresAndMail(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    SetupAnnouncer announcer;

    @Autowired
    PeopleService people;

    /** Sessions are stored in the database (Spring Session JDBC). */
    @Autowired
    SessionRepository<?> sessions;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** The last set-up address printed so far: its token. */
    private static String lastSetupToken(CapturedOutput output) {
        Matcher m = SETUP_ADDRESS.matcher(output.getAll());
        String token = null;
        while (m.find()) {
            token = m.group(1);
        }
        assertThat(token).as("a set-up address in the log").isNotNull();
        return token;
    }

    private int administrators() {
        return new JdbcTemplate(dataSource)
                .queryForObject("select count(*) from app.user_account where admin", Integer.class);
    }

    private MockHttpServletRequestBuilder setupForm(String token, String password, String confirmation) {
        return post("/setup")
                .with(csrf())
                .param("token", token)
                .param("displayName", "Claire Martin")
                .param("email", "claire@example.org")
                .param("username", "claire")
                .param("password", password)
                .param("passwordConfirmation", confirmation);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(MockSessionIds.signedIn(sessions, username))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void theFirstAdministratorComesFromTheSetupAddressInTheLogThenOpensTheFirstExperimentation(CapturedOutput output)
            throws Exception {
        assertThat(administrators()).isZero();
        // the address printed at start; only its hash is stored
        String first = lastSetupToken(output);
        assertThat(new JdbcTemplate(dataSource).queryForList("select token_hash from app.setup_token", String.class))
                .contains(OneTimeTokens.hash(first))
                .doesNotContain(first);
        mvc.perform(get("/setup"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("pas complète")));
        mvc.perform(get("/setup").param("token", OneTimeTokens.generate()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("ne marche pas")));

        // a restart prints a new address and voids the old one
        announcer.announce();
        String second = lastSetupToken(output);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/setup").param("token", first))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("remplacée")));

        // 24 hours later the address no longer works, not even to post the form
        clock.advance(Duration.ofHours(24));
        mvc.perform(get("/setup").param("token", second))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("trop vieille")));
        mvc.perform(setupForm(second, ADMIN_PASSWORD, ADMIN_PASSWORD)).andExpect(status().isGone());
        assertThat(administrators()).isZero();
        clock.reset();

        // a fresh address: the form, the one password policy, then the administrator, signed in
        announcer.announce();
        String third = lastSetupToken(output);
        mvc.perform(get("/setup").param("token", third))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Créer le premier administrateur")));
        mvc.perform(setupForm(third, "password", "password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trop connu")));
        mvc.perform(setupForm(third, ADMIN_PASSWORD, ADMIN_PASSWORD + "!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas pareils")));
        assertThat(administrators()).isZero();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(setupForm(third, ADMIN_PASSWORD, ADMIN_PASSWORD).session(session))
                .andExpect(redirectedUrl("/"));
        assertThat(administrators()).isOne();
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(MockSessionIds.signedIn(sessions, "claire", "ADMIN", "USER"));

        // from now on /setup is gone, with the used address too; a restart prints nothing
        mvc.perform(get("/setup").param("token", third))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("déjà un administrateur")));
        mvc.perform(setupForm(third, ADMIN_PASSWORD, ADMIN_PASSWORD)).andExpect(status().isNotFound());
        assertThat(announcer.announce()).isEmpty();
        assertThat(lastSetupToken(output)).isEqualTo(third);
        assertThat(administrators()).isOne();

        // the administrator signs in with the password and opens a territory and its first experimentation
        MockHttpSession admin = signIn("claire", ADMIN_PASSWORD);
        String location = mvc.perform(post("/experimentations/new")
                        .session(admin)
                        .with(csrf())
                        .param("title", "Prévenir ensemble")
                        .param("newTerritoryName", "Pays de Redon")
                        .param("carrierOrganisation", "Collège coopératif de Bretagne")
                        .param("startDate", "2027-01-04")
                        .param("plannedEndDate", "2028-12-31")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select t.name from app.territory t "
                                        + "join app.experimentation e on e.territory_id = t.id where e.id = ?",
                                String.class,
                                id))
                .isEqualTo("Pays de Redon");

        // ... adds its carrier, who signs in and finds it
        mvc.perform(post("/experimentations/{id}/members", id)
                        .session(admin)
                        .with(csrf())
                        .param("displayName", "Paul Durand")
                        .param("role", "CARRIER")
                        .param("username", "paul.durand")
                        .param("password", CARRIER_PASSWORD))
                .andExpect(redirectedUrl("/experimentations/" + id + "/members"));
        MockHttpSession carrier = signIn("paul.durand", CARRIER_PASSWORD);
        mvc.perform(get("/experimentations/{id}", id).session(carrier))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Prévenir ensemble")));
        mvc.perform(get("/experimentations/{id}/members", id).session(carrier))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paul Durand")));
    }

    private MvcResult askForLink(String email) throws Exception {
        return mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/forgotten/sent"))
                .andReturn();
    }

    private List<MimeMessage> mailsTo(String address) {
        return List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkToken(MimeMessage mail) {
        Matcher m = RESET_LINK.matcher(text(mail));
        assertThat(m.find()).as("a reset link in the mail").isTrue();
        return m.group(1);
    }

    @Test
    void aForgottenPasswordLinkGoesToKnownAddressesOnlyWorksOnceAndForOneHour() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        Person zoe = people.createPerson("Zoé Martin", "zoe.martin@example.org", null, "en");
        people.createAccount(zoe, "zoe.martin", "première phrase de passe", false);

        // known and unknown addresses: the same answer, the same page; a mail only for the known one
        MvcResult known = askForLink("Zoe.Martin@example.org");
        MvcResult unknown = askForLink("nobody@example.org");
        assertThat(unknown.getResponse().getStatus())
                .isEqualTo(known.getResponse().getStatus());
        assertThat(unknown.getResponse().getContentAsString())
                .isEqualTo(known.getResponse().getContentAsString());
        mvc.perform(get("/password/forgotten/sent"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Si cette adresse est celle")));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        Thread.sleep(300); // a second mail, if one were wrongly sent, has time to arrive
        assertThat(mailsTo("nobody@example.org")).isEmpty();
        assertThat(mailsTo("zoe.martin@example.org")).hasSize(1);
        MimeMessage mail = mailsTo("zoe.martin@example.org").get(0);
        assertThat(mail.getSubject()).isEqualTo("Faire-Avec: new password"); // Zoé reads English
        assertThat(text(mail)).contains("Hello Zoé Martin").contains("\"zoe.martin\"");
        String token = linkToken(mail);
        assertThat(new JdbcTemplate(dataSource).queryForList("select token_hash from app.password_reset", String.class))
                .containsExactly(OneTimeTokens.hash(token));

        // the link: the policy, then the new password, signed in
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("zoe.martin")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "zoe.martin")
                        .param("passwordConfirmation", "zoe.martin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne doit pas être votre nom")));
        String chosen = "le phare veille sur la côte";
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/password/reset")
                        .session(session)
                        .with(csrf())
                        .param("token", token)
                        .param("password", chosen)
                        .param("passwordConfirmation", chosen))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(MockSessionIds.signedIn(sessions, "zoe.martin"));
        mvc.perform(formLogin().user("zoe.martin").password(chosen))
                .andExpect(MockSessionIds.signedIn(sessions, "zoe.martin"));
        mvc.perform(formLogin().user("zoe.martin").password("première phrase de passe"))
                .andExpect(MockSessionIds.notSignedIn(sessions));

        // once only
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("déjà servi")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "encore une autre phrase")
                        .param("passwordConfirmation", "encore une autre phrase"))
                .andExpect(status().isGone());
        mvc.perform(formLogin().user("zoe.martin").password(chosen))
                .andExpect(MockSessionIds.signedIn(sessions, "zoe.martin"));

        // one hour only
        SMTP.purgeEmailFromAllMailboxes();
        askForLink("zoe.martin@example.org");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        String later = linkToken(mailsTo("zoe.martin@example.org").get(0));
        clock.advance(Duration.ofHours(1));
        mvc.perform(get("/password/reset").param("token", later))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("trop vieux")));

        // not a link at all, and a malformed address, get a clear page too
        mvc.perform(get("/password/reset").param("token", "nothing"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("ne marche pas")));
        mvc.perform(post("/password/forgotten").with(csrf()).param("email", "zoe at example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas complète")))
                .andExpect(content().string(not(containsString("Regardez vos e-mails"))));
    }
}
