package coop.faireavec.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One version of a meeting's minutes. Validated versions are frozen: never changed again. */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a change saved over someone else's newer one fails (409 page) instead of erasing it. */
    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus status = MinutesStatus.DRAFT;

    @Column(name = "submission_no", nullable = false)
    private int submissionNo;

    @Column(name = "drafted_by_id", nullable = false)
    private Long draftedById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    protected MeetingMinutes() {}

    MeetingMinutes(long meetingId, int versionNo, String body, long draftedById, Instant at) {
        this.createdAt = at;
        this.updatedAt = at;
        this.meetingId = meetingId;
        this.versionNo = versionNo;
        this.body = body.trim();
        this.draftedById = draftedById;
    }

    /** Changing the text sends it back to draft: colleges validate what they read, not an earlier text. */
    void edit(String newBody, long by, Instant at) {
        requireNotFrozen();
        this.body = newBody.trim();
        this.draftedById = by;
        this.status = MinutesStatus.DRAFT;
        this.updatedAt = at;
    }

    void submit(Instant at) {
        requireNotFrozen();
        this.status = MinutesStatus.SUBMITTED;
        this.submissionNo++;
        this.updatedAt = at;
    }

    void backToDraft(Instant at) {
        requireNotFrozen();
        this.status = MinutesStatus.DRAFT;
        this.updatedAt = at;
    }

    void freeze(Instant at) {
        this.status = MinutesStatus.VALIDATED;
        this.frozenAt = at;
    }

    private void requireNotFrozen() {
        if (isFrozen()) {
            throw new coop.faireavec.shared.ConflictException("conflict.minutesFrozen");
        }
    }

    public boolean isFrozen() {
        return status == MinutesStatus.VALIDATED;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getBody() {
        return body;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public int getSubmissionNo() {
        return submissionNo;
    }

    public Long getDraftedById() {
        return draftedById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }
}
