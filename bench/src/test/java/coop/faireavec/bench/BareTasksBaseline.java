package coop.faireavec.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Figure 1's baseline, in the harness's own process: the floor under "My next steps" for the same users at the same
 * concurrency and think time. Each round reads the user's memberships and roles with plain JDBC (their candidate
 * groups), runs the bare engine query for their open tasks ({@code TaskService}: offered to any of their groups,
 * including assigned ones, or assigned to them, with form keys, oldest first) on a {@link ProcessEngine} built on the
 * same database, then reads the experimentation rows those tasks belong to with plain JDBC.
 */
final class BareTasksBaseline {

    /**
     * Latencies of the bare rounds.
     *
     * @param p50 median, ms
     * @param p95 95th percentile, ms
     * @param p99 99th percentile, ms
     * @param perSecond rounds per second over the run
     * @param rounds how many rounds
     */
    record Result(double p50, double p95, double p99, double perSecond, int rounds) {}

    private BareTasksBaseline() {}

    /**
     * Runs the baseline.
     *
     * @param users the load's users (each virtual user takes one in turn)
     * @param concurrency how many at once
     * @param seconds how long, in seconds
     */
    static Result run(BenchRun run, List<LoadUsers.User> users, int concurrency, int seconds) throws Exception {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bench-baseline")
                .setJdbcUrl(run.jdbcUrl())
                .setJdbcUsername(run.dbUser())
                .setJdbcPassword(run.dbPassword())
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(concurrency)
                .setJdbcMaxIdleConnections(concurrency)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
                .buildProcessEngine();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(run.jdbcUrl());
        pool.setUsername(run.dbUser());
        pool.setPassword(run.dbPassword());
        pool.setMaximumPoolSize(concurrency);
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try (HikariDataSource db = new HikariDataSource(pool)) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                LoadUsers.User user = users.get(i % users.size());
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        round(engine.getTaskService(), db, user);
                        latencies.add(System.nanoTime() - t);
                        Thread.sleep(ThreadLocalRandom.current().nextLong(500, 1500));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.size() / (double) seconds,
                    sorted.size());
        } finally {
            threads.shutdownNow();
            engine.close();
        }
    }

    private static List<Task> round(TaskService tasks, HikariDataSource db, LoadUsers.User user) throws SQLException {
        Set<String> groups = new TreeSet<>();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("select m.experimentation_id, m.college, r.role"
                    + " from app.membership m join app.membership_role r on r.membership_id = m.id"
                    + " where m.person_id = ?")) {
                q.setLong(1, user.personId());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        groups.add("exp-" + r.getLong(1) + "-" + r.getString(3).toLowerCase());
                        if (r.getString(2) != null) {
                            groups.add("exp-" + r.getLong(1) + "-" + r.getString(2));
                        }
                    }
                }
            }
            List<Task> list = tasks.createTaskQuery()
                    .initializeFormKeys()
                    .or()
                    .taskCandidateGroupIn(new ArrayList<>(groups))
                    .includeAssignedTasks()
                    .taskAssignee("person-" + user.personId())
                    .endOr()
                    .orderByTaskCreateTime()
                    .asc()
                    .list();
            Set<String> instances = new TreeSet<>();
            list.forEach(t -> instances.add(t.getProcessInstanceId()));
            try (PreparedStatement q = c.prepareStatement("select e.id, e.title, e.status, e.current_phase"
                    + " from app.experimentation e join app.membership m on m.experimentation_id = e.id"
                    + " where m.person_id = ?")) {
                q.setLong(1, user.personId());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        r.getString(2);
                    }
                }
            }
            Array ids = c.createArrayOf("varchar", instances.toArray());
            try (PreparedStatement q =
                    c.prepareStatement("select id_, business_key_ from public.act_ru_execution where id_ = any(?)")) {
                q.setArray(1, ids);
                q.executeQuery().close();
            }
            return list;
        }
    }

    /** The p-th percentile (nearest rank) of sorted nanosecond values, in ms. */
    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1))) / 1e6;
    }
}
