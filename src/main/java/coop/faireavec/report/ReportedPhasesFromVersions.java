package coop.faireavec.report;

import coop.faireavec.contribution.ReportedPhases;
import org.springframework.stereotype.Component;

/** The contribution module's question answered from the kept report versions. */
@Component
class ReportedPhasesFromVersions implements ReportedPhases {

    private final ReportVersionRepository versions;

    ReportedPhasesFromVersions(ReportVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public boolean reported(long experimentationId, String phase) {
        return versions.existsByExperimentationIdAndPhase(experimentationId, phase);
    }
}
