package coop.faireavec.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    Optional<ReportVersion> findFirstByExperimentationIdAndPhaseOrderByVersionNoDesc(
            Long experimentationId, String phase);

    Optional<ReportVersion> findByExperimentationIdAndPhaseAndVersionNo(
            Long experimentationId, String phase, int versionNo);

    List<ReportVersion> findByExperimentationIdOrderByPhaseAscVersionNoDesc(Long experimentationId);

    boolean existsByExperimentationIdAndPhase(Long experimentationId, String phase);
}
