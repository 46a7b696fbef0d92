package coop.faireavec.bench;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Runs one of the benchmark's Gatling simulations in this process (Gatling's own launcher, {@code Gatling.fromArgs})
 * against the running application and reads the figures from the statistics table of the HTML report Gatling writes ({@code index.html}; Gatling 3.15 writes no JSON):
 * percentiles of all requests and the mean throughput, per request name, from Gatling itself.
 */
final class HttpLoad {

    /**
     * Gatling's figures for one request name.
     *
     * @param p50 median response time, ms
     * @param p95 95th percentile, ms
     * @param p99 99th percentile, ms
     * @param perSecond mean requests per second over the run
     * @param ok successful requests
     * @param ko failed requests
     */
    record Stats(double p50, double p95, double p99, double perSecond, long ok, long ko) {}

    private HttpLoad() {}

    /**
     * Runs the simulation and returns its figures by request name.
     *
     * @param simulation the simulation class ({@link TasksSimulation} or {@link PagesSimulation})
     * @param run the benchmark run (application address, users, password)
     * @param feeder the users' CSV file, one line per user (see {@link SignedInUsers#feeder()})
     * @param users concurrent virtual users
     * @param seconds how long they go on, in seconds
     * @throws IllegalStateException when Gatling fails or writes no report
     */
    static Map<String, Stats> run(Class<?> simulation, BenchRun run, Path feeder, int users, int seconds)
            throws IOException {
        Path folder = run.resultsDir().resolve(run.scale() + "-gatling");
        Files.createDirectories(folder);
        System.setProperty(SignedInUsers.BASE, run.appBase().toString());
        System.setProperty(SignedInUsers.USERS, String.valueOf(users));
        System.setProperty(SignedInUsers.SECONDS, String.valueOf(seconds));
        System.setProperty(SignedInUsers.FEEDER, feeder.toString());
        System.setProperty(SignedInUsers.PASSWORD, run.dataSet().password());
        int status = Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation",
            simulation.getName(),
            "--results-folder",
            folder.toString(),
            "--run-description",
            run.scale() + " " + simulation.getSimpleName()
        });
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status);
        }
        Path report = newestReport(folder, simulation.getSimpleName().toLowerCase(Locale.ROOT));
        Map<String, Stats> byName = new LinkedHashMap<>();
        for (Element row : Jsoup.parse(report.resolve("index.html").toFile()).select("tr[id^=req_]")) {
            byName.put(
                    row.select(".ellipsed-name").text(),
                    new Stats(cell(row, 8), cell(row, 10), cell(row, 11), cell(row, 6), (long) cell(row, 3), (long)
                            cell(row, 4)));
        }
        return byName;
    }

    /** Column n of Gatling's statistics table (2 total, 3 OK, 4 KO, 6 per second, 8 p50, 10 p95, 11 p99). */
    private static double cell(Element row, int column) {
        String text = row.select("td.col-" + column).text().trim();
        return text.isEmpty() || "-".equals(text) ? Double.NaN : Double.parseDouble(text);
    }

    private static Path newestReport(Path folder, String prefix) throws IOException {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(prefix))
                    .filter(d -> Files.exists(d.resolve("index.html")))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report in " + folder));
        }
    }
}
