package coop.faireavec.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The engine's gauges for monitoring, read from the shared database each time they are scraped (so every node reports
 * the same cluster-wide numbers): {@code faireavec.engine.jobs.due} (jobs the executors may take now),
 * {@code faireavec.engine.jobs.failed} (jobs with no retries left) and {@code faireavec.engine.incidents} (open
 * incidents). Exposed at {@code /actuator/metrics/<name>} to administrators only (see docs/operations.md).
 */
@Component
class EngineMetrics implements MeterBinder {

    static final String JOBS_DUE = "faireavec.engine.jobs.due";
    static final String JOBS_FAILED = "faireavec.engine.jobs.failed";
    static final String INCIDENTS = "faireavec.engine.incidents";

    private final WorkflowEngine engine;

    EngineMetrics(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(JOBS_DUE, engine, WorkflowEngine::dueJobs)
                .description("Engine jobs due now (retries left, due date passed), all nodes")
                .baseUnit("jobs")
                .strongReference(true)
                .register(registry);
        Gauge.builder(JOBS_FAILED, engine, WorkflowEngine::failedJobs)
                .description("Engine jobs that failed with no retries left")
                .baseUnit("jobs")
                .strongReference(true)
                .register(registry);
        Gauge.builder(INCIDENTS, engine, WorkflowEngine::openIncidents)
                .description("Open engine incidents")
                .baseUnit("incidents")
                .strongReference(true)
                .register(registry);
    }
}
