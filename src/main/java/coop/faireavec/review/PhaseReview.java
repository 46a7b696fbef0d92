package coop.faireavec.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The steering committee's decision on a phase: approved, or more asked for (the requests are {@link ReviewRequest}s),
 * with an optional comment, the report version it was about (null when no report was kept) and the BPMN step it
 * completed (null for decisions stored before V45).
 */
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

    @Column(name = "report_version")
    private Integer reportVersion;

    @Column(name = "task_id", length = 64)
    private String taskId;

    protected PhaseReview() {}

    PhaseReview(Long experimentationId, String phase, boolean approved, String comment, Long reviewerId) {
        this.experimentationId = experimentationId;
        this.phase = phase;
        this.approved = approved;
        this.comment = comment;
        this.reviewerId = reviewerId;
    }

    PhaseReview withStep(String taskId, Integer reportVersion, Instant at) {
        this.taskId = taskId;
        this.reportVersion = reportVersion;
        this.reviewedAt = at;
        return this;
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

    /** The phase's number, 1 to 4 (0 for a process that is not a phase). */
    public int getPhaseNumber() {
        return ReviewService.phaseNumber(phase);
    }

    /** The version of the phase report the committee decided on, or null when none was kept. */
    public Integer getReportVersion() {
        return reportVersion;
    }

    /** The id of the BPMN step this decision completed, or null (decisions stored before it was kept). */
    public String getTaskId() {
        return taskId;
    }
}
