package coop.faireavec.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The steering committee's decision on a phase: approved, or changes requested with a comment. */
@Entity
@Table(name = "phase_review")
public class PhaseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 30)
    private String phase;

    @Column(nullable = false)
    private boolean approved;

    @Column(length = 4000)
    private String comment;

    @Column(name = "reviewer_id", nullable = false)
    private Long reviewerId;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt = Instant.now();

    protected PhaseReview() {}

    PhaseReview(Long experimentationId, String phase, boolean approved, String comment, Long reviewerId) {
        this.experimentationId = experimentationId;
        this.phase = phase;
        this.approved = approved;
        this.comment = comment;
        this.reviewerId = reviewerId;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public String getPhase() {
        return phase;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getComment() {
        return comment;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
