package coop.faireavec.admin;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.process.FailedWork;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations page of the administration (issue #15, point 5): the engine's work that failed after its retries
 * (a reminder that could not be sent, a listener that threw), with its experimentation, and running it again. A
 * failing delegate rolls back to the last wait state, so nothing is half done; the job waits here until an
 * administrator runs it again.
 */
@Service
@Transactional(readOnly = true)
public class OperationsService {

    /**
     * One failed piece of work and the experimentation it belongs to.
     *
     * @param work what failed, where and since when
     * @param experimentation its experimentation, or null when the engine no longer knows it
     */
    public record FailedRow(FailedWork work, Experimentation experimentation) {}

    private final WorkflowEngine engine;
    private final ExperimentationService experimentations;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    OperationsService(
            WorkflowEngine engine,
            ExperimentationService experimentations,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.engine = engine;
        this.experimentations = experimentations;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /**
     * The engine's failed work, oldest first; administrators only.
     *
     * @throws AccessDeniedException (403) for anyone else
     */
    public List<FailedRow> failedWork(Viewer viewer) {
        requireAdmin(viewer);
        Map<Long, Experimentation> byId = experimentations.visibleTo(viewer).stream()
                .collect(Collectors.toMap(Experimentation::getId, Function.identity()));
        return engine.failedWork().stream()
                .map(w -> new FailedRow(w, byId.get(w.experimentationId())))
                .toList();
    }

    /**
     * Runs a failed job again: its retries are set back (in one transaction with the audit line naming who did it),
     * then it runs at once in its own transaction. If it fails again the engine keeps the new error and the page
     * shows it again.
     *
     * @param viewer an administrator
     * @param actor who acts, for the audit
     * @param jobId a job listed by {@link #failedWork}
     * @return true when the job ran without error
     * @throws AccessDeniedException (403) for anyone but an administrator
     * @throws NotFoundException (404) when no such failed job waits (it ran or was removed meanwhile)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean retry(Viewer viewer, AuditLog.Actor actor, String jobId) {
        requireAdmin(viewer);
        FailedWork work = engine.failedWork().stream()
                .filter(w -> w.jobId() != null && w.jobId().equals(jobId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("failed job", jobId));
        ownTransaction.executeWithoutResult(status -> {
            audit.record(
                    actor,
                    AuditKind.ENGINE_JOB_RETRIED,
                    "experimentation",
                    work.experimentationId() < 0 ? null : work.experimentationId(),
                    "job " + jobId + " at " + work.activityId());
            engine.retryJob(jobId);
        });
        return engine.runJob(jobId);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }
}
