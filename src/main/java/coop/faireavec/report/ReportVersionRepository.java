package coop.faireavec.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    Optional<ReportVersion> findFirstByExperimentationIdAndPhaseOrderByVersionNoDesc(
            Long experimentationId, String phase);

    Optional<ReportVersion> findByExperimentationIdAndPhaseAndVersionNo(
            Long experimentationId, String phase, int versionNo);

    List<ReportVersion> findByExperimentationIdOrderByPhaseAscVersionNoDesc(Long experimentationId);

    /** Every kept version of the experimentation without its bytes, by phase then newest first. */
    @Query("select new coop.faireavec.report.ReportVersionInfo(v.phase, v.versionNo, v.generatedAt, v.generatedBy,"
            + " v.reason, v.sizeBytes, v.sha256, v.replacedAt, v.replacedReason) from ReportVersion v"
            + " where v.experimentationId = :experimentationId order by v.phase asc, v.versionNo desc")
    List<ReportVersionInfo> listOf(@Param("experimentationId") Long experimentationId);

    /** The latest version number of that phase, null when none was kept (reads no workbook). */
    @Query("select max(v.versionNo) from ReportVersion v where v.experimentationId = :experimentationId"
            + " and v.phase = :phase")
    Integer latestNumber(@Param("experimentationId") Long experimentationId, @Param("phase") String phase);

    boolean existsByExperimentationIdAndPhaseAndVersionNo(Long experimentationId, String phase, int versionNo);

    boolean existsByExperimentationIdAndPhase(Long experimentationId, String phase);
}
