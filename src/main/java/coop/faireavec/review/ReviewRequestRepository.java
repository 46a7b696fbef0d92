package coop.faireavec.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRequestRepository extends JpaRepository<ReviewRequest, Long> {

    List<ReviewRequest> findByReviewIdOrderByPositionAsc(Long reviewId);

    List<ReviewRequest> findByReviewIdInOrderByReviewIdAscPositionAsc(Collection<Long> reviewIds);
}
