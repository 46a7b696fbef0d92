package coop.faireavec.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application running as a separate process for the benchmark: {@code java -Xmx512m -jar} on a fixed
 * port, profile {@code postgres} against the generated database, no demo data, statement counting on (figure 2),
 * its output in a log file beside the results.
 */
final class AppProcess implements AutoCloseable {

    /**
     * The application's port during a benchmark run ({@code -Dbench.port}, 18080 by default). It must be free when
     * the run starts: another application answering there would be measured instead of ours.
     */
    static final int PORT = Integer.getInteger("bench.port", 18080);

    private final Process process;
    private final URI base;

    private AppProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the jar and waits until {@code /actuator/health} answers UP.
     *
     * @param log where the application's output goes
     * @throws IllegalStateException when it dies or is not healthy within 3 minutes
     */
    static AppProcess start(Path jar, String jdbcUrl, String user, String password, Path log)
            throws IOException, InterruptedException {
        requireFree(PORT);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        javaBinary(),
                        "-Xmx512m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + PORT,
                        "--spring.profiles.active=postgres",
                        "--faireavec.bench.count-statements=true",
                        // figure 3's carrier signs in with a password only: two-factor enrolment is not measured
                        "--faireavec.two-factor.required-for-carriers-and-admins=false"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("FAIREAVEC_DB_URL", jdbcUrl);
        builder.environment().put("FAIREAVEC_DB_USER", user);
        builder.environment().put("FAIREAVEC_DB_PASSWORD", password);
        builder.environment().put("FAIREAVEC_DEMO", "false");
        AppProcess app = new AppProcess(builder.start(), URI.create("http://localhost:" + PORT));
        app.awaitHealthy(Duration.ofMinutes(3), log);
        return app;
    }

    /** Refuses to start when something already listens on the port (e.g. another benchmark run). */
    static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "port " + port + " is in use: stop what listens there or choose another with -Dbench.port", e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitHealthy(Duration limit, Path log) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not healthy within " + limit + "; see " + log);
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** Stops the application (SIGTERM, then kill after 30 s). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
