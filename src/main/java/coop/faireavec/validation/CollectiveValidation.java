package coop.faireavec.validation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One collective validation: a text (synthesis, action plan, capitalisation) put to every member with a college in
 * one shared step. Keeps the equal-footing rules frozen when it opened ({@code EqualFootingRules.asText()}) and, once
 * a carrier closed it, the college sizes it was tallied on, the outcome and the carrier's reason. The answers are the
 * step's contributions (see {@link CollectiveValidationService}).
 */
@Entity
@Table(name = "collective_validation")
public class CollectiveValidation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 40)
    private String phase;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(nullable = false, length = 500)
    private String rules;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "extended_until")
    private Instant extendedUntil;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    @Column(name = "college_sizes", length = 500)
    private String collegeSizes;

    private Boolean validated;

    protected CollectiveValidation() {}

    CollectiveValidation(long experimentationId, String phase, String taskId, String rules, Instant openedAt) {
        this.experimentationId = experimentationId;
        this.phase = phase;
        this.taskId = taskId;
        this.rules = rules;
        this.openedAt = openedAt;
    }

    void extend(Instant until) {
        this.extendedUntil = until;
    }

    void close(long byPersonId, String reason, String collegeSizes, boolean validated, Instant at) {
        this.closedBy = byPersonId;
        this.closingReason = reason;
        this.collegeSizes = collegeSizes;
        this.validated = validated;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    /** The phase's name ({@code experimentation.Phase}). */
    public String getPhase() {
        return phase;
    }

    /** The engine task id of the shared step. */
    public String getTaskId() {
        return taskId;
    }

    /** The rules frozen when it opened, as {@code EqualFootingRules.asText()}. */
    public String getRules() {
        return rules;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** The latest end a carrier gave it, or null. */
    public Instant getExtendedUntil() {
        return extendedUntil;
    }

    /** When a carrier closed it, or null while it is open. */
    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    /** The carrier's written reason for closing it, or null. */
    public String getClosingReason() {
        return closingReason;
    }

    /** The members per college it was tallied on when closed ({@code NAME=size;...}), or null while open. */
    public String getCollegeSizes() {
        return collegeSizes;
    }

    /** Whether it was validated, or null while open. */
    public Boolean getValidated() {
        return validated;
    }

    public boolean isClosed() {
        return closedAt != null;
    }
}
