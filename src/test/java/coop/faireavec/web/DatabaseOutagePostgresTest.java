package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.HttpPerson;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stopped under a running application, then started again (issue #15, point 2), over real HTTP: pages
 * answer the "service temporarily unavailable" page (503, Retry-After, no stack trace) within a few seconds, health
 * is DOWN, a form sent meanwhile gets the page saying its text stays on the device; once the database is back the
 * application recovers by itself, and the person is still signed in (the session is in the database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@Import({TestData.class, MutableClock.class})
@DirtiesContext // close the pool while this class's server still runs
class DatabaseOutagePostgresTest {

    private static final Path DATA = tempDirectory();
    private static final int PORT = freePort();
    private static EmbeddedPostgres server = startServer();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = "jdbc:postgresql://localhost:" + PORT + "/postgres";
        registry.add("FAIREAVEC_DB_URL", () -> url);
        registry.add("FAIREAVEC_DB_USER", () -> "postgres");
        registry.add("FAIREAVEC_DB_PASSWORD", () -> "postgres");
        registry.add("spring.datasource.url", () -> url);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void pagesSayTheServiceIsUnavailableWhileTheDatabaseIsDownAndTheApplicationRecoversByItself() throws Exception {
        AccountPrincipal someone = data.account("outage", false);
        String base = "http://localhost:" + port;
        HttpPerson person = new HttpPerson();
        assertThat(person.signIn(base, someone.getUsername(), TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        HttpResponse<String> tasks = person.get(base, "/tasks");
        assertThat(tasks.statusCode()).isEqualTo(200);
        String token = HttpPerson.csrfToken(tasks.body());
        assertThat(person.get(base, "/actuator/health").statusCode()).isEqualTo(200);

        server.close();

        long asked = System.nanoTime();
        HttpResponse<String> page = person.get(base, "/tasks");
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(answeredIn).as("a page answers within seconds").isLessThan(Duration.ofSeconds(10));
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body())
                .contains("Service momentanément indisponible")
                .contains("votre texte est gardé sur cet appareil")
                .contains("envoyez-le à nouveau")
                .doesNotContain("Exception")
                .doesNotContain("at coop.")
                .doesNotContain("jdbc");
        assertThat(person.get(base, "/tasks?lang=en").body())
                .contains("Service temporarily unavailable")
                .contains("your text is kept on this device");

        HttpResponse<String> sent = person.post(base, "/session/keepalive", Map.of("_csrf", token));
        assertThat(sent.statusCode()).as("a form sent during the outage").isEqualTo(503);
        assertThat(sent.body()).contains("votre texte est gardé sur cet appareil");

        HttpResponse<String> health = person.get(base, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(new HttpPerson().get(base, "/actuator/health").statusCode())
                .as("health without a session")
                .isEqualTo(503);
        assertThat(new HttpPerson().get(base, "/login").statusCode())
                .as("the sign-in page, no session yet")
                .isEqualTo(503);

        server = startServer();
        long restarted = System.nanoTime();
        int status = 0;
        while (status != 200
                && System.nanoTime() - restarted < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(200);
            status = person.get(base, "/tasks").statusCode();
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
        System.out.printf(
                "database outage: 503 answered in %d ms; recovered %d ms after PostgreSQL restarted%n",
                answeredIn.toMillis(), recovery.toMillis());
        assertThat(status).as("the same session, without signing in again").isEqualTo(200);
        assertThat(person.get(base, "/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> kept = person.post(base, "/session/keepalive", Map.of("_csrf", token));
        assertThat(kept.statusCode()).as("the form sent again").isEqualTo(204);
    }

    private static EmbeddedPostgres startServer() {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(DATA)
                    .setCleanDataDirectory(false)
                    .setPort(PORT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("faireavec-outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
