package coop.faireavec.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseReviewRepository extends JpaRepository<PhaseReview, Long> {

    List<PhaseReview> findByExperimentationIdOrderByReviewedAtDesc(Long experimentationId);
}
