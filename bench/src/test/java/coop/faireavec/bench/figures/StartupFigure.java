package coop.faireavec.bench.figures;

import coop.faireavec.bench.BenchRun;
import coop.faireavec.bench.BenchServer;
import coop.faireavec.bench.Figure;
import coop.faireavec.bench.Measurement;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Figure 5 of issue #14, start-up and footprint: the platform's jar ({@code -Xmx512m}, PostgreSQL profile, demo data
 * on) started against a fresh database on the bench's server, timed from launch to its first 200 on {@code
 * /actuator/health}, then its resident memory (VmRSS) once the demo is seeded (readiness up) and the process idle.
 * Baseline: {@link faireavecbench.bare.BareApplication}, the same starters and no code of ours, started the
 * same way on its own fresh database. Targets: 12 s, 600 MB, ratio 1.5.
 *
 * <p>At scale {@code XS} (a smoke, kept short) the demo is off and both start side by side as the run begins, sharing
 * the cores with the bench's own start of the platform; from {@code S} on they start one after the other, the
 * platform with its demo data.
 */
public class StartupFigure implements Measurement {

    static final double MAX_START_SECONDS = 12;
    static final double MAX_RSS_MB = 600;
    static final double MAX_RATIO = 1.5;
    // long enough for a start on a machine shared with other builds (load 20 on 2 cores: 4 minutes were not)
    private static final Duration TIMEOUT = Duration.ofMinutes(8);

    /** One start: seconds to the first healthy answer, and resident memory when idle. */
    record Start(double seconds, double rssMb) {}

    /** XS: both starts, begun with the run (side by side, and beside the bench's own start of the platform). */
    private CompletableFuture<Start> earlyBare;

    private CompletableFuture<Start> earlyOurs;

    /**
     * At XS (the smoke, kept short) both starts begin at once with the run, side by side, while the bench starts
     * its own in-process platform and generates the data: they share the cores, so only the ratio means something
     * there. Larger scales start them one after the other in {@link #measure}, alone on the machine.
     */
    @Override
    public void begin(BenchServer server) {
        if ("XS".equals(server.scale())) {
            earlyBare = CompletableFuture.supplyAsync(() -> unchecked(() -> bare(server)));
            earlyOurs = CompletableFuture.supplyAsync(() -> unchecked(() -> ours(server, false)));
        }
    }

    @Override
    public List<Figure> measure(BenchRun run) throws Exception {
        boolean xs = earlyBare != null;
        Start bare;
        Start ours;
        if (xs) {
            bare = joined(earlyBare);
            ours = joined(earlyOurs);
        } else {
            bare = bare(run.server());
            ours = ours(run.server(), true);
        }
        List<Figure> figures = new ArrayList<>();
        String demoNote = xs
                ? "XS: demo data off, both started side by side with the bench's own start of the platform"
                : "demo data on";
        figures.add(new Figure(
                        "startup.seconds",
                        "Start-up, launch to first healthy answer",
                        "s",
                        ours.seconds(),
                        bare.seconds(),
                        MAX_RATIO,
                        MAX_START_SECONDS,
                        "packaged jar (java -jar); baseline: bare Spring Boot with the same starters on the same"
                                + " PostgreSQL, from plain jars; " + demoNote)
                .missed(
                        String.format(
                                java.util.Locale.ROOT,
                                "%.1f s against %.1f s bare, load average %.1f on %d cores when measured; the"
                                        + " results' start-up section lists the slowest steps of the platform's own"
                                        + " start (engine, Hibernate's metamodel of our entities, our configuration"
                                        + " classes, Flyway).",
                                ours.seconds(),
                                bare.seconds(),
                                Figure.loadAverage(),
                                Runtime.getRuntime().availableProcessors()),
                        "12 s needs a machine not shared with other builds; the ratio, less of our own start-up:"
                                + " the extracted layout with class data sharing (Spring Boot's \"Efficient"
                                + " deployments\", the baseline alike) and JPA set up in the background"
                                + " (bootstrap-mode deferred)."));
        figures.add(new Figure(
                        "startup.rss",
                        "Resident memory when idle after start-up",
                        "MB",
                        ours.rssMb(),
                        bare.rssMb(),
                        MAX_RATIO,
                        MAX_RSS_MB,
                        "VmRSS, -Xmx512m for both; " + demoNote)
                .missed(
                        String.format(
                                java.util.Locale.ROOT,
                                "%.0f MB against %.0f MB bare: with -Xmx512m the resident memory grows with how much"
                                        + " heap the collector touched, which varies with the machine's load.",
                                ours.rssMb(),
                                bare.rssMb()),
                        "a heap bound that leaves the workbooks room (figure 3's peak) with -Xmx below 512m, or a"
                                + " collector that gives memory back (G1 periodic collections)."));
        if (!xs) {
            // Spring Boot's extracted layout (java -Djarmode=tools -jar app.jar extract): plain jars, as the baseline
            Path extracted = extract(run.server());
            Start flat = ours(run.server(), true, extracted, "bench_startup_flat");
            figures.add(new Figure(
                            "startup.seconds.extracted",
                            "Start-up from the extracted jar, launch to first healthy answer",
                            "s",
                            flat.seconds(),
                            bare.seconds(),
                            MAX_RATIO,
                            MAX_START_SECONDS,
                            "the jar extracted once (jarmode tools), classes read from plain jars as the baseline's;"
                                    + " demo on")
                    .missed(
                            String.format(
                                    java.util.Locale.ROOT,
                                    "%.1f s from plain jars against %.1f s from the packaged jar: reading classes from"
                                            + " the nested jar is not where the time goes; the packaged start's"
                                            + " reason above holds (our own start-up: engine, Hibernate's metamodel,"
                                            + " configuration classes, Flyway).",
                                    flat.seconds(),
                                    ours.seconds()),
                            "the same as the packaged start: class data sharing on the extracted layout and JPA set"
                                    + " up in the background, then a machine not shared with other builds."));
        }
        return figures;
    }

    /**
     * The bench's class path for the baseline's JVM: {@code -Dbench.classpath}, else the context class loader's jars
     * when it has them (e.g. {@code exec:java}), else {@code java.class.path} (surefire's manifest jar names them all).
     */
    static String classPath() {
        String given = System.getProperty("bench.classpath");
        if (given != null) {
            return given;
        }
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException notAFile) {
                    // not a local file: not for a class path
                }
            }
            if (!entries.isEmpty()) {
                return String.join(File.pathSeparator, entries);
            }
        }
        return System.getProperty("java.class.path");
    }

    /** Extracts the application jar into the results directory (untimed); returns the extracted launcher jar. */
    private static Path extract(BenchServer run) throws Exception {
        Path into = run.resultsDir().resolve("startup-extracted");
        Process p = Jvms.start(
                List.of(
                        "-Djarmode=tools",
                        "-jar",
                        run.appJar().toString(),
                        "extract",
                        "--force",
                        "--destination",
                        into.toString()),
                Map.of(),
                run.resultsDir().resolve("startup-extract.log"));
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not extract " + run.appJar());
        }
        return into.resolve(run.appJar().getFileName());
    }

    interface Step<T> {
        T run() throws Exception;
    }

    /** The start's result, or the reason it failed (a start that failed fails the measurement). */
    private static Start joined(CompletableFuture<Start> start) throws Exception {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private Start ours(BenchServer run, boolean demo) throws Exception {
        return ours(run, demo, run.appJar(), "bench_startup_ours");
    }

    private Start ours(BenchServer run, boolean demo, Path jar, String database) throws Exception {
        String url = Jvms.freshDatabase(run.jdbcUrl(), run.dbUser(), run.dbPassword(), database);
        int port = Jvms.freePort();
        List<String> args = List.of(
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--management.endpoint.health.probes.enabled=true");
        Map<String, String> env = Map.of(
                "FAIREAVEC_DB_URL", url,
                "FAIREAVEC_DB_USER", run.dbUser(),
                "FAIREAVEC_DB_PASSWORD", run.dbPassword(),
                "FAIREAVEC_DEMO", Boolean.toString(demo));
        return timed(args, env, port, run.resultsDir().resolve(database + ".log"));
    }

    private Start bare(BenchServer run) throws Exception {
        String url = Jvms.freshDatabase(run.jdbcUrl(), run.dbUser(), run.dbPassword(), "bench_startup_bare");
        int port = Jvms.freePort();
        List<String> args = new ArrayList<>(List.of(
                "-Xmx512m",
                "-cp",
                classPath(),
                "faireavecbench.bare.BareApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + run.dbUser(),
                "--spring.datasource.password=" + run.dbPassword(),
                // Flyway runs on the same schema as the platform's, with no migration of ours
                "--spring.flyway.schemas=app",
                "--spring.flyway.default-schema=app",
                "--spring.flyway.locations=classpath:bench/bare/none",
                "--spring.jpa.hibernate.ddl-auto=none",
                "--spring.jpa.open-in-view=false",
                "--camunda.bpm.database.schema-update=true",
                "--camunda.bpm.auto-deployment-enabled=false",
                "--camunda.bpm.history-level=audit",
                "--management.endpoints.web.exposure.include=health",
                "--management.endpoint.health.probes.enabled=true"));
        return timed(args, Map.of(), port, run.resultsDir().resolve("startup-bare.log"));
    }

    private static Start timed(List<String> args, Map<String, String> env, int port, Path log) throws Exception {
        URI base = URI.create("http://localhost:" + port);
        long t0 = System.nanoTime();
        Process p = Jvms.start(args, env, log);
        try {
            double ms = Jvms.waitFor200(base.resolve("/actuator/health"), p, t0, TIMEOUT);
            // readiness comes up once the application runners (the demo's seeding) are done
            Jvms.waitFor200(base.resolve("/actuator/health/readiness"), p, t0, TIMEOUT);
            Jvms.waitIdle(p.pid(), Duration.ofSeconds(30));
            return new Start(ms / 1000, Jvms.rssMb(p.pid()));
        } finally {
            Jvms.stop(p);
        }
    }
}
