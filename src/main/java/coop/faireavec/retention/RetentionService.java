package coop.faireavec.retention;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.report.ReportService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of an experimentation's personal data (issue #16, point 10; CNIL référentiel for social support): once a
 * closed experimentation's retention period is over ({@code ExperimentationService.dueForAnonymisation}), what its
 * people gave in it no longer points to them ({@link ExperimentationAnonymiser}: a pseudonym per person, notes
 * cleared), its kept report versions are written again from the same figures with the pseudonyms, it is marked
 * anonymised (so never done twice), the audit log records it, and each of its people who is then a member of no
 * experimentation is announced as {@link PersonLeftInNoExperimentation} (to be erased). The person's other
 * experimentations are untouched. Each experimentation in its own transaction: one that fails is logged and tried
 * again on the next run, the others go on.
 */
@Service
public class RetentionService {

    /** The reason kept with the report versions written again. */
    public static final String REASON = "durée de conservation écoulée";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final ExperimentationService experimentations;
    private final ExperimentationAnonymiser anonymiser;
    private final ReportService reports;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate eachInItsOwn;

    RetentionService(
            ExperimentationService experimentations,
            ExperimentationAnonymiser anonymiser,
            ReportService reports,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.experimentations = experimentations;
        this.anonymiser = anonymiser;
        this.reports = reports;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.eachInItsOwn = new TransactionTemplate(transactions);
        this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Anonymises every closed experimentation whose retention period is over now (the clock's instant) and that was
     * not anonymised yet. No access check: the daily job calls it.
     *
     * @return the ids of the experimentations anonymised by this run (empty when none was due)
     */
    public List<Long> anonymiseDue() {
        Instant now = clock.instant();
        List<Long> done = new ArrayList<>();
        for (long id : experimentations.dueForAnonymisation(now)) {
            try {
                eachInItsOwn.executeWithoutResult(status -> anonymise(id, now));
                done.add(id);
            } catch (RuntimeException e) {
                LOG.error("Could not anonymise experimentation {}; tried again on the next run", id, e);
            }
        }
        return done;
    }

    private void anonymise(long experimentationId, Instant now) {
        ExperimentationAnonymiser.Outcome outcome = anonymiser.anonymise(experimentationId);
        int versions = reports.regenerateKept(experimentationId, REASON, outcome.replaced());
        experimentations.markAnonymised(experimentationId, now);
        audit.record(
                new AuditLog.Actor(null, "Faire-Avec", null),
                AuditKind.EXPERIMENTATION_ANONYMISED,
                "experimentation",
                experimentationId,
                outcome.replaced().size() + " personnes remplacées par un pseudonyme, " + versions
                        + " versions de bilan réécrites");
        for (long person : outcome.members()) {
            if (!anonymiser.memberAnywhere(person) && !anonymiser.administrator(person)) {
                events.publishEvent(new PersonLeftInNoExperimentation(person));
            }
        }
        LOG.info(
                "Experimentation {} anonymised: {} people, {} report versions written again",
                experimentationId,
                outcome.replaced().size(),
                versions);
    }
}
