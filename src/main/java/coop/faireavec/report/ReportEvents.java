package coop.faireavec.report;

import coop.faireavec.contribution.ContributionChanged;
import coop.faireavec.contribution.ReportedPhases;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.NamingConsentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps reports true to what people agreed and said: a consent to be named given or withdrawn writes every kept
 * version again; a correction in a phase already reported makes a new version of that phase's report and of the
 * whole-experimentation workbook. Runs after the change is committed, in its own transaction.
 */
@Component
class ReportEvents {

    private final ReportService reports;
    private final ReportedPhases reported;

    ReportEvents(ReportService reports, ReportedPhases reported) {
        this.reports = reports;
        this.reported = reported;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void namingConsentChanged(NamingConsentChanged event) {
        reports.regenerateKept(
                event.experimentationId(), event.named() ? "consentement à être nommé donné" : "consentement retiré");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void contributionChanged(ContributionChanged event) {
        if (reported.reported(event.experimentationId(), event.phase())) {
            reports.generate(
                    event.experimentationId(), Phase.valueOf(event.phase()), null, ReportService.REASON_CORRECTION);
            // the whole-experimentation workbook carries that phase too: it never lags behind a phase's report
            reports.generate(event.experimentationId(), null, null, ReportService.REASON_CORRECTION);
        }
    }
}
