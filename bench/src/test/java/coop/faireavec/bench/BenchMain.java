package coop.faireavec.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark harness (issue #14), run by {@code ./mvnw -Pbench verify -Dbench.scale=S}: starts an embedded
 * PostgreSQL, generates the scale's data set ({@link DataGenerator}), starts the packaged application jar against it
 * ({@link AppProcess}, {@code -Xmx512m}, port {@value AppProcess#PORT}), runs every {@link Measurement} listed in
 * {@code META-INF/services/coop.faireavec.bench.Measurement} (a measurement that throws becomes a FAILED figure),
 * stops everything and writes {@code <scale>-latest.json} and {@code .md} ({@code bench/results}, or
 * {@code target/bench} for XS) with Gatling's HTML reports beside them in {@code <scale>-gatling/}.
 *
 * <p>System properties: {@code bench.scale} (XS, S, L), {@code bench.jar} (the packaged application),
 * {@code bench.root} (the project directory), {@code bench.strict} (CI: a measurement that could not be made counts
 * as the harness broken). Exit code 0 unless the harness itself broke (1), or in strict mode a measurement failed (2);
 * a missed target is never a failure of the harness.
 */
public final class BenchMain {

    private BenchMain() {}

    /** Runs the benchmark; exits 1 if the harness broke, 2 if a measurement failed in strict mode, 0 otherwise. */
    public static void main(String[] args) {
        int status;
        try {
            List<Figure> figures = run(Scale.of(System.getProperty("bench.scale", "S")));
            boolean failed = figures.stream().anyMatch(f -> Double.isNaN(f.ours()));
            status = failed && Boolean.getBoolean("bench.strict") ? 2 : 0;
        } catch (Throwable t) {
            t.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** The project directory. */
    static Path root() {
        return Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    }

    /** Where a scale's results go: {@code target/bench} for XS (CI's smoke), {@code bench/results} otherwise. */
    static Path resultsDir(String scale) {
        return "XS".equals(scale) ? workDir() : root().resolve("bench/results");
    }

    /** Working files of a run (logs, the users' feeder), never committed. */
    static Path workDir() {
        return root().resolve("target/bench");
    }

    /**
     * Whether the measured application is the generator's in-process context rather than the jar started again
     * ({@code -Dbench.shared}; true at XS, the CI smoke, whose time is mostly application starts).
     */
    static boolean shared(Scale scale) {
        String given = System.getProperty("bench.shared");
        return given == null ? "XS".equals(scale.name()) : Boolean.parseBoolean(given);
    }

    private static List<Figure> run(Scale scale) throws Exception {
        Stages stages = new Stages();
        Path jar = Path.of(System.getProperty("bench.jar", "target/faire-avec-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no application jar at " + jar + ": run through `./mvnw -Pbench verify`");
        }
        Files.createDirectories(workDir());
        Path results = resultsDir(scale.name());
        Files.createDirectories(results);
        boolean shared = shared(scale);
        List<Figure> figures = new ArrayList<>();
        List<Failed> unloadable = new ArrayList<>();
        List<Measurement> measurements = load(unloadable);
        Map<String, String> machine = new LinkedHashMap<>();
        Stages.Stage pg = stages.begin("embedded PostgreSQL started");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create database bench");
            }
            pg.end();
            String url = postgres.getJdbcUrl("postgres", "bench");
            machine(machine, url, shared);
            BenchServer server =
                    new BenchServer(scale.name(), url, "postgres", "postgres", jar.toAbsolutePath(), results);
            for (Measurement m : measurements) {
                m.begin(server);
            }
            DataGenerator generator = new DataGenerator(scale, url, stages);
            Stages.Stage started = stages.begin("platform started in-process (Flyway, engine schema, deployment)"
                    + (shared ? ", serving the figures" : ""));
            ConfigurableApplicationContext platform = Platform.start(url, "postgres", "postgres", shared);
            started.end();
            List<String> startup = Platform.slowestStartupSteps(platform, 12);
            startup.forEach(line -> System.out.println("[bench] " + line));
            DataSet dataSet;
            try {
                dataSet = generator.generate(platform);
                if (shared) {
                    BenchRun run = new BenchRun(
                            scale.name(),
                            url,
                            "postgres",
                            "postgres",
                            URI.create("http://localhost:" + AppProcess.PORT),
                            ProcessHandle.current().pid(),
                            jar.toAbsolutePath(),
                            results,
                            dataSet,
                            platform);
                    figures.addAll(measureAll(run, measurements, stages));
                }
            } finally {
                if (!shared) {
                    platform.close();
                }
            }
            if (shared) {
                platform.close();
            } else {
                Stages.Stage app = stages.begin("application jar started (-Xmx512m)");
                try (AppProcess process = AppProcess.start(
                        jar.toAbsolutePath(),
                        url,
                        "postgres",
                        "postgres",
                        workDir().resolve(scale.name() + "-app.log"))) {
                    app.end();
                    BenchRun run = new BenchRun(
                            scale.name(),
                            url,
                            "postgres",
                            "postgres",
                            process.base(),
                            process.pid(),
                            jar.toAbsolutePath(),
                            results,
                            dataSet,
                            null);
                    figures.addAll(measureAll(run, measurements, stages));
                }
            }
            unloadable.forEach(f -> figures.add(failed(f.name(), f.error())));
            stages.total();
            machine.put("load average (1 min) at the end", String.valueOf(Figure.loadAverage()));
            List<String> log = new ArrayList<>(generator.log());
            log.addAll(stages.lines());
            log.add("in-process start of the platform (figure 5, where the start-up goes):");
            log.addAll(startup);
            Results.write(results, scale.name(), machine, dataSet, log, figures);
        }
        System.out.println("[bench] results in " + results.resolve(scale.name() + "-latest.md"));
        System.out.println(Files.readString(results.resolve(scale.name() + "-latest.md")));
        return figures;
    }

    private record Failed(String name, Throwable error) {}

    /** Every measurement listed for {@link ServiceLoader}; one that cannot be loaded is kept as failed. */
    private static List<Measurement> load(List<Failed> unloadable) {
        List<Measurement> all = new ArrayList<>();
        Iterator<Measurement> measurements =
                ServiceLoader.load(Measurement.class).iterator();
        while (true) {
            try {
                if (!measurements.hasNext()) {
                    return all;
                }
                all.add(measurements.next());
            } catch (ServiceConfigurationError e) {
                unloadable.add(new Failed("measurement", e));
            }
        }
    }

    private static List<Figure> measureAll(BenchRun run, List<Measurement> measurements, Stages stages) {
        List<Figure> figures = new ArrayList<>();
        for (Measurement m : measurements) {
            String name = m.getClass().getSimpleName();
            System.out.println("[bench] measuring " + name);
            Stages.Stage t = stages.begin("figure " + name);
            try {
                figures.addAll(m.measure(run));
            } catch (Exception | Error e) {
                e.printStackTrace();
                figures.add(failed(name, e));
            }
            t.end();
        }
        return figures;
    }

    private static Figure failed(String name, Throwable e) {
        return new Figure(
                name + ".failed",
                name + " could not be measured",
                "",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static void machine(Map<String, String> machine, String url, boolean shared) throws Exception {
        machine.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("load average (1 min) at the start", String.valueOf(Figure.loadAverage()));
        machine.put("memory", memory());
        machine.put(
                "JDK",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version") + " ("
                        + ManagementFactory.getRuntimeMXBean().getVmName() + ")");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            machine.put("PostgreSQL", r.getString(1) + " (embedded, io.zonky)");
        }
        machine.put(
                "application",
                shared
                        ? "the generator's in-process context (bench JVM, -Xmx1g), statement counting on; figure 5"
                                + " starts the packaged jar"
                        : "packaged jar, -Xmx512m, statement counting on");
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb / 1024 / 1024) + " GiB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return "unknown";
    }
}
