package coop.faireavec.bench.figures;

import coop.faireavec.bench.BenchRun;
import coop.faireavec.bench.DataSet;
import coop.faireavec.bench.Figure;
import coop.faireavec.bench.Measurement;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs figures 3, 4 and 5 without the harness, for their development: an embedded PostgreSQL, the platform's jar
 * ({@code -Dbench.appJar}, default {@code target/faire-avec-0.1.0-SNAPSHOT.jar}) started on it with the demo data
 * (whose second experimentation reached its phase 1 report step: the report figure uses it), then the figures named
 * in {@code -Dfigures=startup,report,flow} printed. Not a test of the build (its name keeps it out of surefire's
 * default includes): {@code mvn -Pbench -Dtest=FiguresDevRun -Dfigures=report test}.
 */
class FiguresDevRun {

    @Test
    void run() throws Exception {
        String figures = System.getProperty("figures", "startup,report,flow");
        Path jar = Path.of(System.getProperty("bench.appJar", "target/faire-avec-0.1.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        Path results = Path.of("target/bench-dev").toAbsolutePath();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String server = pg.getJdbcUrl("postgres", "postgres");
            String url = Jvms.freshDatabase(server, "postgres", "postgres", "bench_data");
            Process app = null;
            try {
                long pid = -1;
                URI base = null;
                DataSet data = new DataSet(0, 0, 0, 0, 1, List.of(), "demo");
                if (figures.contains("report")) {
                    int port = Jvms.freePort();
                    base = URI.create("http://localhost:" + port);
                    long t0 = System.nanoTime();
                    app = Jvms.start(
                            List.of(
                                    "-Xmx512m",
                                    "-jar",
                                    jar.toString(),
                                    "--spring.profiles.active=postgres",
                                    "--server.port=" + port,
                                    "--management.endpoint.health.probes.enabled=true"),
                            Map.of(
                                    "FAIREAVEC_DB_URL",
                                    url,
                                    "FAIREAVEC_DB_USER",
                                    "postgres",
                                    "FAIREAVEC_DB_PASSWORD",
                                    "postgres",
                                    "FAIREAVEC_DEMO",
                                    "true"),
                            results.resolve("app.log"));
                    Jvms.waitFor200(base.resolve("/actuator/health/readiness"), app, t0, Duration.ofMinutes(5));
                    pid = app.pid();
                    data = new DataSet(0, 0, 0, reportedExperimentation(url), 1, List.of(), "demo");
                }
                BenchRun run = new BenchRun(
                        System.getProperty("bench.scale", "XS"),
                        url,
                        "postgres",
                        "postgres",
                        base,
                        pid,
                        jar,
                        results,
                        data,
                        null);
                List<Measurement> todo = new ArrayList<>();
                if (figures.contains("startup")) {
                    todo.add(new StartupFigure());
                }
                if (figures.contains("report")) {
                    todo.add(new ReportFigure());
                }
                if (figures.contains("flow")) {
                    todo.add(new ProcessThroughputFigure());
                }
                for (Measurement m : todo) {
                    long t = System.nanoTime();
                    for (Figure f : m.measure(run)) {
                        System.out.printf(
                                "FIGURE %s: ours %.1f %s, baseline %.1f, ratio %.2f, met %s — %s%n",
                                f.id(), f.ours(), f.unit(), f.baseline(), f.ratio(), f.met(), f.note());
                    }
                    System.out.printf(
                            "FIGURE-TIME %s %.1f s%n", m.getClass().getSimpleName(), (System.nanoTime() - t) / 1e9);
                }
            } finally {
                Jvms.stop(app);
            }
        }
    }

    private static long reportedExperimentation(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select experimentation_id from app.report_version where phase = 'SHARED_DIAGNOSIS' limit 1")) {
            r.next();
            return r.getLong(1);
        }
    }
}
