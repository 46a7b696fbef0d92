package coop.faireavec.bench;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.report.ReportService;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills an empty PostgreSQL database with a benchmark data set (issue #14).
 *
 * <p>How: the application itself is started in this process against the database ({@link Platform}: profile {@code
 * postgres}, no demo, job executor off), which runs Flyway, creates the engine's tables and deploys the BPMN files
 * exactly as in production. App rows (territories, people, accounts, experimentations, memberships, meetings and their
 * participants, contributions) are then written with PostgreSQL {@code COPY} (pgjdbc's {@code CopyManager}) with
 * explicit ids, the identity sequences moved past them afterwards. Process state goes through the engine's API: each
 * experimentation's process is started by {@link WorkflowEngine#startExperimentation} (what the carrier's "start"
 * does, four experimentations at a time) and its kick-off step completed through the engine's {@code TaskService}, which leaves one open peer-session
 * step per college (candidate groups {@code exp-N-COLLEGE}) plus the carrier's: real {@code ACT_RU_*} rows, identity
 * links and history. Completed history in bulk (the 500,000 historic tasks) is written straight into
 * {@code ACT_HI_PROCINST} / {@code ACT_HI_TASKINST} with one {@code INSERT ... SELECT generate_series} each, in the
 * engine's own format (finished phase-1 instances of the deployed definition, tasks ended with delete reason
 * {@code completed}); the engine's {@code HistoryService} then counts them back, and the run fails if it does not.
 * Everyone's password is hashed once (bcrypt, cost 4: sign-in is not measured) and the hash reused.
 */
final class DataGenerator {

    static final String PASSWORD = "bench-password-2026";
    private static final String[] COLLEGES = {"LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS"};
    private static final String BODY = "Ce que nous avons vécu à l'accueil : attendre longtemps, répéter son histoire "
            + "à chaque guichet, ne pas savoir à qui s'adresser. Ce qui aiderait : un accueil commun et du temps.";

    private final Scale scale;
    private final String jdbcUrl;
    private final Stages stages;
    private final List<String> log = new ArrayList<>();

    DataGenerator(Scale scale, String jdbcUrl, Stages stages) {
        this.scale = scale;
        this.jdbcUrl = jdbcUrl;
        this.stages = stages;
    }

    /** What the generation found (open tasks, historic tasks read back), one line each. */
    List<String> log() {
        return log;
    }

    /**
     * Generates the data set through the platform's context, already started on the database ({@link Platform}).
     *
     * @return what was made; the sample users are participants of the three colleges in turn with open steps
     * @throws Exception when the database cannot be filled or the engine does not read the history back
     */
    DataSet generate(ConfigurableApplicationContext app) throws Exception {
        Stages.Stage all = stages.begin("generation in all");
        // bcrypt once, at its lowest cost (4): sign-in is not measured, and 50 people signing in at once with the
        // production cost (12) would fill the measured minute with hashing on a 2-core machine (S run of 03:46:
        // sign-in p50 50 s). The application verifies any bcrypt cost; its own hashes stay at cost 10 or more.
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            Stages.Stage t = stages.begin("app rows written with COPY");
            writeAppRows(c, hash);
            t.end();
            t = stages.begin("processes started through the engine");
            startProcesses(app);
            t.end();
            t = stages.begin("historic tasks written and read back");
            writeHistory(c, app.getBean(ProcessEngine.class));
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            t.end();
            t = stages.begin("the largest phase's report step reached (first version, in-process)");
            // The largest phase reached its report step: its first version is made as the flow makes it there
            // (the phase report figure then measures a new version asked for by the carrier, as in real use).
            app.getBean(ReportService.class)
                    .generate(1L, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
            t.end();
        }
        all.end();
        return new DataSet(
                scale.experimentations(), scale.people(), scale.contributions(), 1L, 1, loadUsers(), PASSWORD);
    }

    // ---- app rows ----

    /** Person ids of experimentation e (1-based): people are dealt to experimentations in turn. */
    private int membersOf(int e) {
        int n = scale.people() / scale.experimentations();
        return e <= scale.people() % scale.experimentations() ? n + 1 : n;
    }

    /** The k-th member (0-based) of experimentation e: person id. */
    private int person(int e, int k) {
        return e + k * scale.experimentations();
    }

    /** College of the k-th member: k 0 is the carrier, k 1 the committee member (no college), then in turn. */
    private static String collegeOf(int k) {
        return k < 2 ? null : COLLEGES[(k - 2) % 3];
    }

    private void writeAppRows(Connection c, String hash) throws SQLException, IOException {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        copy(
                c,
                "territory(id, name, slug, created_at)",
                scale.territories(),
                i -> (i + 1) + ",Territoire " + (i + 1) + ",territoire-" + (i + 1) + "," + now);
        copy(
                c,
                "person(id, display_name, created_at)",
                scale.people(),
                i -> (i + 1) + ",Personne " + (i + 1) + "," + now);
        copy(
                c,
                "user_account(id, person_id, username, password_hash, created_at)",
                scale.people(),
                i -> (i + 1) + "," + (i + 1) + ",bench" + (i + 1) + "," + hash + "," + now);
        copy(
                c,
                "experimentation(id, title, territory_id, carrier_organisation, start_date, status, template_key,"
                        + " created_at)",
                scale.experimentations(),
                i -> (i + 1) + ",Expérimentation " + (i + 1) + "," + (i % scale.territories() + 1)
                        + ",Coopérative de recherche-action,"
                        + now.toLocalDate().minusMonths(3)
                        + ",RUNNING,precarity-prevention," + now);
        List<String> memberships = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> counters = new ArrayList<>();
        for (int e = 1; e <= scale.experimentations(); e++) {
            int pseudonym = 0;
            for (int k = 0; k < membersOf(e); k++) {
                int p = person(e, k);
                String college = collegeOf(k);
                String no = "LIVED_EXPERIENCE".equals(college) ? String.valueOf(++pseudonym) : "";
                memberships.add(p + "," + p + "," + e + "," + (college == null ? "" : college) + "," + now + "," + no);
                roles.add(p + "," + (k == 0 ? "CARRIER" : k == 1 ? "COMMITTEE" : "PARTICIPANT"));
            }
            counters.add(e + "," + pseudonym);
        }
        copy(c, "membership(id, person_id, experimentation_id, college, created_at, pseudonym_no)", memberships);
        copy(c, "membership_role(membership_id, role)", roles);
        copy(c, "pseudonym_counter(experimentation_id, last_no)", counters);
        copy(
                c,
                "meeting(id, experimentation_id, uid, title, kind, starts_at, duration_minutes, place, phase,"
                        + " created_by_id, created_at)",
                scale.meetings(),
                i -> {
                    int e = i % scale.experimentations() + 1;
                    return (i + 1) + "," + e + ",bench-meeting-" + (i + 1) + "@faireavec,Rencontre " + (i + 1)
                            + ",PLENARY,"
                            + now.plusDays(i % 60 - 20).withHour(14).withMinute(0)
                            + ",120,Centre social,SHARED_DIAGNOSIS," + person(e, 0) + "," + now;
                });
        List<String> participants = new ArrayList<>();
        for (int m = 1; m <= scale.meetings(); m++) {
            int e = (m - 1) % scale.experimentations() + 1;
            for (int k = 0; k < Math.min(8, membersOf(e)); k++) {
                participants.add(participants.size() + 1 + "," + m + "," + person(e, k) + ",true");
            }
        }
        copy(c, "meeting_participant(id, meeting_id, person_id, invited)", participants);
        int others = scale.contributions() - scale.largestContributions();
        copy(
                c,
                "contribution(id, experimentation_id, phase, step_key, college, body, author_id, recorded_by_id,"
                        + " created_at)",
                scale.contributions(),
                i -> {
                    int e = i < scale.largestContributions()
                            ? 1
                            : (i - scale.largestContributions()) % others % scale.experimentations() + 1;
                    int k = 2 + i % Math.max(1, membersOf(e) - 2);
                    int p = person(e, k);
                    return (i + 1) + "," + e + ",SHARED_DIAGNOSIS,PeerSessions," + collegeOf(k) + ",\"" + BODY + "\","
                            + p + "," + p + "," + now.minusMinutes(i % 100_000);
                });
        try (Statement s = c.createStatement()) {
            for (String table : List.of(
                    "territory",
                    "person",
                    "user_account",
                    "experimentation",
                    "membership",
                    "meeting",
                    "meeting_participant",
                    "contribution")) {
                s.execute("select setval(pg_get_serial_sequence('app." + table + "', 'id'), (select max(id) from app."
                        + table + "))");
            }
        }
    }

    private static void copy(Connection c, String tableAndColumns, int rows, IntFunction<String> row)
            throws SQLException, IOException {
        List<String> lines = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            lines.add(row.apply(i));
        }
        copy(c, tableAndColumns, lines);
    }

    private static void copy(Connection c, String tableAndColumns, List<String> lines)
            throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(lines.size() * 64);
        for (String line : lines) {
            csv.append(line).append('\n');
        }
        c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                        "copy app." + tableAndColumns + " from stdin with (format csv)",
                        new StringReader(csv.toString()));
    }

    // ---- process state, through the engine ----

    private void startProcesses(ConfigurableApplicationContext app) throws Exception {
        WorkflowEngine workflow = app.getBean(WorkflowEngine.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        // four at once: each start is its own engine transaction on its own experimentation's rows
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int e = 1; e <= scale.experimentations(); e++) {
                long id = e;
                started.add(threads.submit(() -> {
                    String instance = workflow.startExperimentation(id);
                    jdbc.update("update app.experimentation set process_instance_id = ? where id = ?", instance, id);
                    Task kickOff = engine.getTaskService()
                            .createTaskQuery()
                            .taskCandidateGroup("exp-" + id + "-carrier")
                            .taskDefinitionKey("KickOffMeeting")
                            .singleResult();
                    engine.getTaskService().complete(kickOff.getId());
                    return null;
                }));
            }
            for (Future<?> f : started) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        long open = engine.getTaskService().createTaskQuery().count();
        log.add("open tasks after start: " + open);
        System.out.println("[bench] open tasks: " + open);
    }

    // ---- completed history, in the engine's own format ----

    private void writeHistory(Connection c, ProcessEngine engine) throws SQLException {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("phase-1-shared-diagnosis")
                .latestVersion()
                .singleResult()
                .getId();
        long before = engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .finished()
                .count();
        int instances = Math.max(1, scale.historicTasks() / 20);
        try (PreparedStatement procs = c.prepareStatement("insert into public.act_hi_procinst (id_, proc_inst_id_,"
                        + " business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, duration_,"
                        + " start_act_id_, end_act_id_, root_proc_inst_id_, state_)"
                        + " select 'bench-pi-' || g, 'bench-pi-' || g, ((g % ?) + 1)::text, 'phase-1-shared-diagnosis',"
                        + " ?, now() - interval '400 days', now() - interval '300 days', 8640000000, 'PhaseStarted',"
                        + " 'PhaseEnded', 'bench-pi-' || g, 'COMPLETED' from generate_series(1, ?) g");
                PreparedStatement tasks = c.prepareStatement("insert into public.act_hi_taskinst (id_,"
                        + " task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,"
                        + " execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,"
                        + " delete_reason_, priority_, task_state_)"
                        + " select 'bench-ti-' || g, 'PeerSessions', 'phase-1-shared-diagnosis', ?,"
                        + " 'bench-pi-' || (g % ? + 1), 'bench-pi-' || (g % ? + 1), 'bench-pi-' || (g % ? + 1),"
                        + " 'PeerSessions:bench-' || g, 'Parole entre pairs, dans chaque collège', 'person-' ||"
                        + " (g % ? + 1), now() - interval '400 days', now() - interval '399 days', 86400000,"
                        + " 'completed', 50, 'Completed' from generate_series(1, ?) g")) {
            procs.setInt(1, scale.experimentations());
            procs.setString(2, definitionId);
            procs.setInt(3, instances);
            procs.executeUpdate();
            tasks.setString(1, definitionId);
            tasks.setInt(2, instances);
            tasks.setInt(3, instances);
            tasks.setInt(4, instances);
            tasks.setInt(5, scale.people());
            tasks.setInt(6, scale.historicTasks());
            tasks.executeUpdate();
        }
        long after = engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .finished()
                .count();
        long ofOne = engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId("bench-pi-1")
                .finished()
                .list()
                .size();
        if (after - before != scale.historicTasks() || ofOne == 0) {
            throw new IllegalStateException("the engine reads back " + (after - before) + " historic tasks of "
                    + scale.historicTasks() + " written");
        }
        log.add("historic tasks read back by HistoryService: " + (after - before) + " (+" + before
                + " from the engine itself)");
    }

    /** Participants (three colleges in turn) spread over the experimentations, as many as the load's users. */
    private List<String> loadUsers() {
        List<String> users = new ArrayList<>();
        for (int i = 0; users.size() < scale.users(); i++) {
            int e = i % scale.experimentations() + 1;
            int k = 2 + i / scale.experimentations();
            if (k >= membersOf(e)) {
                break;
            }
            users.add("bench" + person(e, k));
        }
        return users;
    }
}
