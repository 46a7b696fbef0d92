package coop.faireavec.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark's Gatling simulations share: the run's settings (system properties set by {@link HttpLoad}), the
 * users' feeder (one CSV line per user: username, experimentation, meeting, open step), the sign-in through the form
 * with its CSRF token (the session cookie is kept per virtual user, connections kept alive), and the think time.
 */
final class SignedInUsers {

    /** System property names, set by {@link HttpLoad} before a simulation runs. */
    static final String BASE = "bench.base",
            USERS = "bench.users",
            SECONDS = "bench.seconds",
            FEEDER = "bench.feeder",
            PASSWORD = "bench.password";

    private SignedInUsers() {}

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(System.getProperty(BASE))
                .acceptHeader("text/html")
                .acceptLanguageHeader("fr")
                .disableCaching();
    }

    static int users() {
        return Integer.getInteger(USERS);
    }

    static Duration duration() {
        return Duration.ofSeconds(Integer.getInteger(SECONDS));
    }

    /** One record per user, in turn: username, experimentationId, meetingId, taskId. */
    static FeederBuilder<Object> feeder() {
        try {
            List<Map<String, Object>> records = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(System.getProperty(FEEDER)))) {
                String[] f = line.split(",");
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("username", f[0]);
                r.put("experimentationId", f[1]);
                r.put("meetingId", f[2]);
                r.put("taskId", f[3]);
                records.add(r);
            }
            return listFeeder(records).circular();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the sign-in page, reads its CSRF token and signs in (following the redirect to the dashboard). */
    static ChainBuilder signIn() {
        return exec(http("sign-in page")
                        .get("/login")
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", System.getProperty(PASSWORD))
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200))
                        .check(css("input[name=password]").notExists()));
    }

    /** A person reading the page before the next click: 0.5 to 1.5 s. */
    static Duration thinkMin() {
        return Duration.ofMillis(500);
    }

    static Duration thinkMax() {
        return Duration.ofMillis(1500);
    }
}
