package coop.faireavec.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Figure 2, "pages people use most" (issue #14): p95 of the dashboard, the experimentation page, a meeting page and a
 * step form under the same load as figure 1 ({@link PagesSimulation}), and the SQL statements each page runs, counted
 * at the application's DataSource by datasource-proxy (the engine's statements too), read from the
 * {@code X-Statement-Count} header the application adds when started with
 * {@code faireavec.bench.count-statements=true}. Target: no page above 15 statements. A page whose count is higher
 * than at a smaller scale's last run grows with the data: its note says so.
 */
public class PagesMeasurement implements Measurement {

    /** Most statements a page may run, whatever the data size (issue #14). */
    static final int MAX_STATEMENTS = 15;

    @Override
    public List<Figure> measure(BenchRun run) throws Exception {
        Scale scale = Scale.of(run.scale());
        List<LoadUsers.User> users = LoadUsers.of(run);
        Path feeder = LoadUsers.feeder(run, users);
        Map<String, Integer> counts = statementCounts(run, users.get(0));
        Map<String, HttpLoad.Stats> stats =
                HttpLoad.run(PagesSimulation.class, run, feeder, scale.users(), scale.seconds());
        List<Figure> figures = new ArrayList<>();
        for (String[] page : PagesSimulation.PAGES) {
            HttpLoad.Stats s = stats.getOrDefault(
                    page[0], new HttpLoad.Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0));
            figures.add(new Figure(
                    "page." + key(page[0]) + ".p95",
                    "Page " + page[0] + ", p95",
                    "ms",
                    s.p95(),
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    "p50 " + Math.round(s.p50()) + " ms, p99 " + Math.round(s.p99()) + " ms, " + s.ok() + " ok, "
                            + s.ko() + " failed"));
        }
        Map<String, Double> smaller = smallerScaleCounts(run);
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            String id = "statements." + key(count.getKey());
            Double before = smaller.get(id);
            String note = before == null
                    ? ""
                    : count.getValue() > before
                            ? "GROWS with the data: " + before.intValue() + " at the smaller scale"
                            : "not more than at the smaller scale (" + before.intValue() + ")";
            figures.add(new Figure(
                            id,
                            "SQL statements, " + count.getKey(),
                            "statements",
                            count.getValue(),
                            Double.NaN,
                            Double.NaN,
                            MAX_STATEMENTS,
                            note)
                    .missed(
                            count.getValue() + " statements counted at the DataSource for one signed-in participant"
                                    + " (second view), " + (count.getValue() - MAX_STATEMENTS) + " over; "
                                    + (note.startsWith("GROWS")
                                            ? "it grows with the data."
                                            : "not growing with the data."),
                            (count.getValue() - MAX_STATEMENTS) + " statements fewer: what the page reads per item or"
                                    + " twice read once per request (docs/performance.md, \"Statement counts per"
                                    + " page\", says which reads remain)."));
        }
        return figures;
    }

    private static String key(String name) {
        return name.replace(' ', '-');
    }

    /** Signs one load user in and opens each page once, reading the statement count the application sends. */
    static Map<String, Integer> statementCounts(BenchRun run, LoadUsers.User user) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String login = client.send(get(run, "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
        String form = "username=" + enc(user.username()) + "&password="
                + enc(run.dataSet().password()) + "&_csrf=" + enc(csrf);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(run.appBase().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.body().contains("name=\"password\"")) {
            throw new IllegalStateException("could not sign in as " + user.username());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("my next steps", "/tasks");
        for (String[] page : PagesSimulation.PAGES) {
            paths.put(
                    page[0],
                    page[1].replace("#{experimentationId}", String.valueOf(user.experimentationId()))
                            .replace("#{meetingId}", String.valueOf(user.meetingId()))
                            .replace("#{taskId}", user.taskId()));
        }
        for (Map.Entry<String, String> page : paths.entrySet()) {
            client.send(get(run, page.getValue()), HttpResponse.BodyHandlers.discarding()); // warm
            HttpResponse<Void> r = client.send(get(run, page.getValue()), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(page.getValue() + " answered " + r.statusCode());
            }
            counts.put(
                    page.getKey(),
                    Integer.parseInt(r.headers()
                            .firstValue("X-Statement-Count")
                            .orElseThrow(() -> new IllegalStateException(
                                    "no X-Statement-Count: is faireavec.bench.count-statements on?"))));
        }
        return counts;
    }

    private static HttpRequest get(BenchRun run, String path) {
        return HttpRequest.newBuilder(run.appBase().resolve(path)).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Statement counts of the last run at a smaller scale (XS below S, S below L), by figure id; empty if none. */
    private static Map<String, Double> smallerScaleCounts(BenchRun run) throws IOException {
        Map<String, Double> counts = new LinkedHashMap<>();
        String smaller = "L".equals(run.scale()) ? "S" : "S".equals(run.scale()) ? "XS" : null;
        if (smaller == null) {
            return counts;
        }
        for (Path file : List.of(BenchMain.resultsDir(smaller).resolve(smaller + "-latest.json"))) {
            if (Files.exists(file)) {
                for (JsonNode f : new ObjectMapper().readTree(file.toFile()).path("figures")) {
                    if (f.path("id").asText().startsWith("statements.")) {
                        counts.put(f.path("id").asText(), f.path("ours").asDouble());
                    }
                }
            }
        }
        return counts;
    }
}
