package coop.faireavec.review;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every committee decision, so the history of a phase can be read without the engine. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final PhaseReviewRepository reviews;

    ReviewService(PhaseReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Transactional
    public PhaseReview record(long experimentationId, String phase, boolean approved, String comment, long reviewerId) {
        return reviews.save(new PhaseReview(
                experimentationId,
                phase,
                approved,
                comment == null || comment.isBlank() ? null : comment.trim(),
                reviewerId));
    }

    /** Callers check access to the experimentation first. */
    public List<PhaseReview> reviewsOf(long experimentationId) {
        return reviews.findByExperimentationIdOrderByReviewedAtDesc(experimentationId);
    }
}
