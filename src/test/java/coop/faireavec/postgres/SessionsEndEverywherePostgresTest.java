package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.FaireAvecApplication;
import coop.faireavec.admin.AdminService;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.invitation.InvitationService;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.HttpPerson;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ending an account's sessions works on every node (issue #16, point 3): two application nodes on one PostgreSQL,
 * sessions in the database (Spring Session JDBC), the account's session version compared on every request. Disabling
 * the account or resetting its access on one node ends the session the person uses on the other at their next
 * request; a password change by the person ends their other sessions, on both nodes, and keeps the one they used.
 */
class SessionsEndEverywherePostgresTest {

    private static final String DATABASE = TestPostgres.newDatabase("sessions_end_everywhere");

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() {
        a = start("A");
        b = start("B");
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void disablingTheAccountOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        AccountPrincipal someone = data().account("disabled", false);
        HttpPerson person = signedIn(someone, base(a));
        assertThat(person.get(base(b), "/tasks").statusCode()).isEqualTo(200);

        AccountPrincipal admin = data().admin();
        a.getBean(AdminService.class)
                .setAccountEnabled(
                        admin.viewer(),
                        new AuditLog.Actor(admin.getPersonId(), "admin", null),
                        someone.getPersonId(),
                        false);

        assertEnded(person.get(base(b), "/tasks"));
        assertThat(new HttpPerson()
                        .signIn(base(b), someone.getUsername(), TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("a disabled account cannot sign in again")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void resettingTheAccessOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        TestData.Scenario s = data().runningExperimentation();
        AccountPrincipal participant = data().memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        HttpPerson person = signedIn(participant, base(b));
        assertThat(person.get(base(a), "/tasks").statusCode()).isEqualTo(200);

        b.getBean(InvitationService.class)
                .create(s.carrier().viewer(), s.experimentationId(), participant.getPersonId());

        assertEnded(person.get(base(a), "/tasks"));
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsOnBothNodesAndKeepsThisOne() throws Exception {
        AccountPrincipal someone = data().account("changer", false);
        HttpPerson here = signedIn(someone, base(a));
        HttpPerson elsewhereOnA = signedIn(someone, base(a));
        HttpPerson elsewhereOnB = signedIn(someone, base(b));

        String token = HttpPerson.csrfToken(here.get(base(b), "/me/password").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("current", TestData.PASSWORD);
        form.put("password", "une phrase toute neuve");
        form.put("passwordConfirmation", "une phrase toute neuve");
        HttpResponse<String> changed = here.post(base(b), "/me/password", form);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        assertThat(here.get(base(a), "/tasks").statusCode())
                .as("this session, on the other node")
                .isEqualTo(200);
        assertThat(here.get(base(b), "/tasks").statusCode()).as("this session").isEqualTo(200);
        assertEnded(elsewhereOnA.get(base(a), "/tasks"));
        assertEnded(elsewhereOnB.get(base(b), "/tasks"));
    }

    private static void assertEnded(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?ended"));
    }

    private static HttpPerson signedIn(AccountPrincipal who, String base) throws Exception {
        HttpPerson person = new HttpPerson();
        assertThat(person.signIn(base, who.getUsername(), TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(person.get(base, "/tasks").statusCode()).isEqualTo(200);
        return person;
    }

    private static TestData data() {
        return a.getBean(TestData.class);
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:"
                + ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(FaireAvecApplication.class, TestData.class)
                .profiles("test", "postgres")
                .run(
                        "--server.port=0",
                        "--FAIREAVEC_DB_URL=" + DATABASE,
                        "--FAIREAVEC_DB_USER=postgres",
                        "--FAIREAVEC_DB_PASSWORD=postgres",
                        "--spring.datasource.url=" + DATABASE,
                        "--faireavec.demo.enabled=false",
                        "--spring.application.name=faire-avec-sessions-" + name);
    }
}
