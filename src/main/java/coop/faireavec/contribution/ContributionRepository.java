package coop.faireavec.contribution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByExperimentationIdAndPhaseOrderByCreatedAtAscIdAsc(Long experimentationId, String phase);

    List<Contribution> findByExperimentationIdOrderByCreatedAtAscIdAsc(Long experimentationId);

    List<Contribution> findByTaskId(String taskId);

    List<Contribution> findByAuthorIdOrderByCreatedAtDescIdDesc(Long authorId);

    List<Contribution> findByMeetingIdOrderByCreatedAtAscIdAsc(Long meetingId);

    List<Contribution> findTop30ByRecordedByIdOrderByCreatedAtDescIdDesc(Long recordedById);
}
