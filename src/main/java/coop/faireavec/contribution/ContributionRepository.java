package coop.faireavec.contribution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByExperimentationIdAndPhaseOrderByCreatedAtAscIdAsc(Long experimentationId, String phase);

    List<Contribution> findByExperimentationIdOrderByCreatedAtAscIdAsc(Long experimentationId);

    List<Contribution> findByTaskId(String taskId);

    Slice<Contribution> findByExperimentationIdAndPhaseAndIdGreaterThanOrderByIdAsc(
            Long experimentationId, String phase, Long afterId, Pageable page);

    @Query("select distinct c.taskId from Contribution c where c.taskId in :taskIds and c.authorId is not null"
            + " and c.recordedById <> c.authorId")
    List<String> taskIdsRecordedOnBehalf(@Param("taskIds") Collection<String> taskIds);

    List<Contribution> findByAuthorIdOrderByCreatedAtDescIdDesc(Long authorId);

    List<Contribution> findByMeetingIdOrderByCreatedAtAscIdAsc(Long meetingId);

    List<Contribution> findTop30ByRecordedByIdOrderByCreatedAtDescIdDesc(Long recordedById);
}
