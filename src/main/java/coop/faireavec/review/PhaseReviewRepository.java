package coop.faireavec.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseReviewRepository extends JpaRepository<PhaseReview, Long> {

    List<PhaseReview> findByExperimentationIdOrderByReviewedAtDesc(Long experimentationId);

    List<PhaseReview> findByExperimentationIdAndPhaseOrderByReviewedAtDescIdDesc(Long experimentationId, String phase);

    Optional<PhaseReview> findFirstByTaskId(String taskId);
}
