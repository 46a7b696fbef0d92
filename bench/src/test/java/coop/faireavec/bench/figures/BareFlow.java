package coop.faireavec.bench.figures;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline of figure 4: the platform's BPMN files driven through a bare Camunda engine ({@code RuntimeService},
 * {@code TaskService}, {@code ManagementService} for the observation timer), with the same variables and the same
 * decisions as {@link coop.faireavec.support.FourPhaseJourney} (phase 1's first validation rejected, every review
 * approved, experiments stopped at their mid-term review), and the same number of app rows per table written with
 * plain JDBC ({@link AppRows}), spread over the steps. Engine tables in schema {@code bare_engine} of the same
 * database, history level {@code audit} as ours, no job executor. The expressions the BPMN files call are small
 * stand-ins: colleges, durations and selected leads as values, the phase listener as one JDBC update.
 */
final class BareFlow implements AutoCloseable {

    static final String[] PROCESSES = {
        "experimentation.bpmn",
        "phase-1-shared-diagnosis.bpmn",
        "phase-2-action-leads.bpmn",
        "phase-3-experimenting.bpmn",
        "phase-4-consolidation.bpmn"
    };

    private final ProcessEngine engine;
    private final Connection app;
    private final AppRows rows;

    BareFlow(String jdbcUrl, String user, String password, AppRows rows) throws SQLException {
        this.rows = rows;
        app = DriverManager.getConnection(jdbcUrl, user, password);
        try (Statement s = app.createStatement()) {
            s.execute("drop schema if exists bare_engine cascade");
            s.execute("create schema bare_engine");
        }
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bare");
        cfg.setJdbcDriver("org.postgresql.Driver");
        cfg.setJdbcUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=bare_engine");
        cfg.setJdbcUsername(user);
        cfg.setJdbcPassword(password);
        // the platform's engine tables are in public on the same database: the bare engine names its schema
        cfg.setDatabaseSchema("bare_engine");
        cfg.setDatabaseTablePrefix("bare_engine.");
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setHistory("audit");
        cfg.setJobExecutorActivate(false);
        cfg.setBeans(beans());
        engine = cfg.buildProcessEngine();
        DeploymentBuilder d = engine.getRepositoryService().createDeployment().name("bare");
        for (String p : PROCESSES) {
            d.addClasspathResource("processes/" + p);
        }
        d.deploy();
    }

    private Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("colleges", new Colleges());
        beans.put("durations", new Durations());
        beans.put("actionLeads", new Leads());
        beans.put("experiments", new Experiments());
        beans.put("reminders", new Reminders());
        beans.put("validations", new Validations());
        beans.put("phaseListener", new PhaseListener());
        return beans;
    }

    /** {@code n} experimentation rows to drive (untimed set-up); returns their ids. */
    List<Long> enrol(int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(rows.insert(app, "experimentation", 1));
        }
        return ids;
    }

    /**
     * Drives one experimentation from its start through its first {@code phases} phases (4: to its close), writing {@code rowsPerTable} app rows in all (table →
     * rows), a share after each completed step ({@code steps} steps expected, as on our side).
     *
     * @return steps completed
     */
    int drive(long id, Map<String, Long> rowsPerTable, int steps, int phases) throws SQLException {
        String key = String.valueOf(id);
        engine.getRuntimeService().startProcessInstanceByKey("experimentation", key, Map.of("experimentationId", id));
        Map<String, Long> written = new HashMap<>();
        Set<String> observed = new HashSet<>();
        boolean firstValidation = true;
        int done = 0;
        while (true) {
            List<Task> open = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(key)
                    .list();
            if (open.isEmpty()) {
                break;
            }
            Task next = open.stream()
                    .filter(t -> !"MidTermReview".equals(t.getTaskDefinitionKey()))
                    .findFirst()
                    .orElse(open.get(0));
            if (phases < 4 && next.getProcessDefinitionId().startsWith("phase-" + (phases + 1))) {
                break; // the phases asked for are done (XS: phase 1 only, as our side)
            }
            if ("MidTermReview".equals(next.getTaskDefinitionKey()) && observed.add(next.getProcessInstanceId())) {
                // two weeks pass: the observation timer fires, as in the journey
                for (Job job : engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(next.getProcessInstanceId())
                        .activityId("ObservationTime")
                        .list()) {
                    engine.getManagementService().executeJob(job.getId());
                }
                continue;
            }
            Map<String, Object> vars = new HashMap<>();
            switch (next.getTaskDefinitionKey()) {
                case "CollectiveValidation" -> {
                    // phase 1: the people with lived experience ask for a change once
                    boolean phase1 = next.getProcessDefinitionId().startsWith("phase-1");
                    vars.put("validationRejected", phase1 && firstValidation);
                    if (phase1) {
                        firstValidation = false;
                    }
                }
                case "CommitteeReview" -> vars.put("reviewApproved", true);
                case "MidTermReview" -> vars.put("experimentDecision", "STOP");
                default -> {}
            }
            engine.getTaskService().complete(next.getId(), vars);
            done++;
            write(rowsPerTable, written, Math.min(1.0, done / (double) steps));
        }
        write(rowsPerTable, written, 1.0);
        return done;
    }

    /** Writes each table's rows up to {@code share} of its total, in one transaction. */
    private void write(Map<String, Long> totals, Map<String, Long> written, double share) throws SQLException {
        app.setAutoCommit(false);
        try {
            for (Map.Entry<String, Long> e : totals.entrySet()) {
                long target = Math.round(e.getValue() * share);
                long already = written.getOrDefault(e.getKey(), 0L);
                if (target > already) {
                    rows.insert(app, e.getKey(), (int) (target - already));
                    written.put(e.getKey(), target);
                }
            }
            app.commit();
        } finally {
            app.setAutoCommit(true);
        }
    }

    @Override
    public void close() throws SQLException {
        engine.close();
        app.close();
    }

    /** {@code ${colleges.of(experimentationId)}}: the three colleges. */
    public static final class Colleges {
        public List<String> of(long experimentationId) {
            return List.of("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
        }
    }

    /** {@code ${durations.*}}: the platform's default durations. */
    public static final class Durations {
        public String reminderAfter(long id) {
            return "P14D";
        }

        public String escalateAfter(long id) {
            return "P21D";
        }

        public String callForLeads(long id) {
            return "P30D";
        }

        public String observationCycle(long id) {
            return "P14D";
        }

        public Date dueDate(long id) {
            return new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000);
        }
    }

    /** {@code ${actionLeads.selectedIds(experimentationId)}}: two chosen leads, as in the journey. */
    public static final class Leads {
        public List<Long> selectedIds(long id) {
            return List.of(id * 10 + 1, id * 10 + 2);
        }
    }

    /** {@code ${experiments.observedSince(...)}}: nothing observed yet, so observations are asked for. */
    public static final class Experiments {
        public boolean observedSince(long id, long leadId, String cycle) {
            return false;
        }
    }

    /** {@code ${reminders.*}}: the timers do not fire in this run. */
    public static final class Reminders {
        public void remind(DelegateExecution execution, String activityId) {}

        public void escalate(DelegateExecution execution, String activityId) {}
    }

    /** {@code ${validations.opened(...)}}: its app rows are among those written after each step. */
    public static final class Validations {
        public void opened(long id, String processKey, String taskId) {}
    }

    /** {@code ${phaseListener.*}}: keeps the experimentation row's phase and status in step, one JDBC update. */
    public final class PhaseListener {
        public void entered(DelegateExecution execution, String phase) throws SQLException {
            update("current_phase = '" + phase + "', status = 'RUNNING'", execution);
        }

        public void closed(DelegateExecution execution) throws SQLException {
            update("status = 'CLOSED'", execution);
        }

        private void update(String set, DelegateExecution execution) throws SQLException {
            long id = ((Number) execution.getVariable("experimentationId")).longValue();
            try (PreparedStatement s =
                    app.prepareStatement("update bare_app.experimentation set " + set + " where id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }
}
