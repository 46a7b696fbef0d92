package coop.faireavec.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One vote round: the shared "vote open" step of a phase run ({@code PrioritisationVote}), the equal-footing rules
 * frozen when it opened ({@code EqualFootingRules.asText()}), and how it ended.
 */
@Entity
@Table(name = "vote_round")
public class VoteRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 30)
    private String phase;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false, length = 2000)
    private String rules;

    @Column(name = "extended_until")
    private Instant extendedUntil;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_id")
    private Long closedById;

    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    protected VoteRound() {}

    VoteRound(long experimentationId, String phase, String taskId, Instant openedAt, String rules) {
        this.experimentationId = experimentationId;
        this.phase = phase;
        this.taskId = taskId;
        this.openedAt = openedAt;
        this.rules = rules;
    }

    void close(Instant at, long byId, String reason) {
        this.closedAt = at;
        this.closedById = byId;
        this.closingReason = reason;
    }

    void extendTo(Instant until) {
        this.extendedUntil = until;
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

    public String getTaskId() {
        return taskId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** The rules frozen when the round opened, as {@code EqualFootingRules.asText()}. */
    public String getRules() {
        return rules;
    }

    public Instant getExtendedUntil() {
        return extendedUntil;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The carrier's reason for closing, or null (shown in the results and the report). */
    public String getClosingReason() {
        return closingReason;
    }
}
