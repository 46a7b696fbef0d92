package coop.faireavec.actionlead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's comment on a lead; a carrier may hide it with a reason shown in its place. */
@Entity
@Table(name = "action_lead_comment")
public class LeadComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "recorded_by_id", nullable = false)
    private Long recordedById;

    @Column(name = "contribution_id")
    private Long contributionId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "hidden_reason", length = 1000)
    private String hiddenReason;

    @Column(name = "hidden_by_id")
    private Long hiddenById;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected LeadComment() {}

    LeadComment(long leadId, long authorId, long recordedById, String body, Instant at) {
        this.leadId = leadId;
        this.authorId = authorId;
        this.recordedById = recordedById;
        this.body = body;
        this.createdAt = at;
    }

    void setContributionId(Long contributionId) {
        this.contributionId = contributionId;
    }

    void hide(String reason, long byPersonId, Instant at) {
        this.hiddenReason = reason;
        this.hiddenById = byPersonId;
        this.hiddenAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    /** The text; pages show {@link #getHiddenReason()} instead when the comment is hidden. */
    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The carrier's reason for hiding it; null when shown. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }
}
