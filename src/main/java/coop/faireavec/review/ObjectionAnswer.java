package coop.faireavec.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The carrier's answer to a college's objection: a contribution that disagreed with a synthesis or an action plan in
 * a collective validation, answered in the reworked step (one answer per objection).
 */
@Entity
@Table(name = "objection_answer")
public class ObjectionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objection_id", nullable = false)
    private Long objectionId;

    @Column(nullable = false, length = 4000)
    private String answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "answered_by", nullable = false)
    private Long answeredBy;

    protected ObjectionAnswer() {}

    ObjectionAnswer(Long objectionId, String answer, Long answeredBy, Instant answeredAt) {
        this.objectionId = objectionId;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public Long getId() {
        return id;
    }

    /** The id of the contribution that objected. */
    public Long getObjectionId() {
        return objectionId;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }
}
