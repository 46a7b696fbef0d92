package coop.faireavec.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request of a committee decision that asked for more (position 1, 2, … in the order asked), and the carrier's
 * answer once the phase report was reworked (null until then).
 */
@Entity
@Table(name = "review_request")
public class ReviewRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportPart part;

    @Column(nullable = false, length = 2000)
    private String what;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    protected ReviewRequest() {}

    ReviewRequest(Long reviewId, int position, ReportPart part, String what) {
        this.reviewId = reviewId;
        this.position = position;
        this.part = part;
        this.what = what;
    }

    void answer(String text, long byPersonId, Instant at) {
        this.answer = text;
        this.answeredBy = byPersonId;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    /** 1 for the first request of the decision. */
    public int getPosition() {
        return position;
    }

    public ReportPart getPart() {
        return part;
    }

    public String getWhat() {
        return what;
    }

    /** The carrier's answer, or null while not answered. */
    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The person who answered, or null while not answered. */
    public Long getAnsweredBy() {
        return answeredBy;
    }

    public boolean isAnswered() {
        return answer != null;
    }
}
