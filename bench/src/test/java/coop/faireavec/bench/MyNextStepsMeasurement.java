package coop.faireavec.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Figure 1, "My next steps" (issue #14): {@code GET /tasks} for the scale's concurrent signed-in users of mixed
 * colleges (Gatling, think times, keep-alive) against the bare engine query plus the same app rows read with plain
 * JDBC, in the harness's process, at the same concurrency ({@link BareTasksBaseline}). Targets: p95 ratio ≤ 2.0 and
 * p95 ≤ 100 ms.
 */
public class MyNextStepsMeasurement implements Measurement {

    @Override
    public List<Figure> measure(BenchRun run) throws Exception {
        Scale scale = Scale.of(run.scale());
        List<LoadUsers.User> users = LoadUsers.of(run);
        Path feeder = LoadUsers.feeder(run, users);
        // XS (the smoke): one user warms up, enough to load the code paths
        int warming = "XS".equals(run.scale()) ? 1 : 3;
        int statements = -1;
        for (LoadUsers.User warm : users.subList(0, Math.min(warming, users.size()))) {
            // warms the application's code paths before measuring
            statements = PagesMeasurement.statementCounts(run, warm).getOrDefault("my next steps", -1);
        }
        double load = Figure.loadAverage();
        HttpLoad.Stats ours = HttpLoad.run(TasksSimulation.class, run, feeder, scale.users(), scale.seconds())
                .get(TasksSimulation.TASKS);
        BareTasksBaseline.Result bare = BareTasksBaseline.run(run, users, scale.users(), scale.seconds());
        String baseline = "bare TaskService query + JDBC app rows, " + scale.users() + " threads, same think time";
        String failed = ours.ko() == 0 ? "" : ours.ko() + " failed requests; ";
        return List.of(
                new Figure(
                        "tasks.p50",
                        "My next steps, GET /tasks, p50",
                        "ms",
                        ours.p50(),
                        bare.p50(),
                        Double.NaN,
                        Double.NaN,
                        failed + baseline),
                new Figure(
                                "tasks.p95",
                                "My next steps, GET /tasks, p95",
                                "ms",
                                ours.p95(),
                                bare.p95(),
                                2.0,
                                100,
                                failed + baseline)
                        .missed(
                                String.format(
                                        Locale.ROOT,
                                        "p95 %.0f ms against %.0f ms bare (p50 %.0f against %.0f); the page runs %d SQL"
                                                + " statements per view (the baseline: 1 engine query and 3 JDBC"
                                                + " reads), then security, session and Thymeleaf, on %d cores shared"
                                                + " with the load and PostgreSQL (load average %.1f when the load"
                                                + " began).",
                                        ours.p95(),
                                        bare.p95(),
                                        ours.p50(),
                                        bare.p50(),
                                        statements,
                                        Runtime.getRuntime().availableProcessors(),
                                        load),
                                "the statements are no longer the cause (15 at most since session 8); what is"
                                        + " left is each view's CPU (27 ms on the demo after session 9's page frame"
                                        + " and native task query, docs/performance.md), queued on 2 cores shared"
                                        + " with the load: the 100 ms bound needs a machine not shared with other"
                                        + " builds or more cores; the ratio ≤ 2 would need a server-rendered page"
                                        + " with its security chain within twice a bare engine query (5 ms), which"
                                        + " no part alone reaches: the engine and MyBatis, Hibernate, the filters and"
                                        + " Thymeleaf each take a fifth to two fifths of that CPU."),
                new Figure(
                        "tasks.p99",
                        "My next steps, GET /tasks, p99",
                        "ms",
                        ours.p99(),
                        bare.p99(),
                        Double.NaN,
                        Double.NaN,
                        failed + baseline),
                new Figure(
                        "tasks.throughput",
                        "My next steps, GET /tasks, throughput",
                        "req/s",
                        ours.perSecond(),
                        bare.perSecond(),
                        Double.NaN,
                        Double.NaN,
                        ours.ok() + " pages served; bounded by the think time, not a target"));
    }
}
