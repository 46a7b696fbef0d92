package coop.faireavec.contribution;

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
import org.hibernate.annotations.SQLRestriction;

/**
 * An individual or collective expression collected by a step of the process: what a college said among peers, a
 * synthesis, a validation with its comment, observations, an evaluation... Counted as its author's voice; who typed
 * it is kept apart (recordedBy), so recording on someone's behalf is always visible. A withdrawn contribution stays in
 * the table (who withdrew it, when) but no query of the application sees it any more: it is neither counted nor shown.
 */
@Entity
@Table(name = "contribution")
@SQLRestriction("withdrawn_at is null")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a change saved over someone else's newer one fails (409 page) instead of erasing it. */
    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 30)
    private String phase;

    @Column(name = "step_key", nullable = false, length = 80)
    private String stepKey;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(length = 30)
    private String college;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(length = 30)
    private String section;

    @Column(length = 20)
    private String decision;

    @Column(length = 8000)
    private String body;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "recorded_by_id", nullable = false)
    private Long recordedById;

    /** Set when someone recorded this for its author: how the author agreed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", length = 20)
    private ConsentKind consentKind;

    @Column(name = "consent_note", length = 1000)
    private String consentNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when it was said in a meeting, with its round (a college's peer round or the crossed round). */
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "meeting_round", length = 40)
    private String meetingRound;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by_id")
    private Long withdrawnById;

    /** Who last corrected or withdrew it. */
    @Column(name = "changed_by_id")
    private Long changedById;

    /** Set when someone else than the author corrected or withdrew it: how the author agreed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "change_consent_kind", length = 20)
    private ConsentKind changeConsentKind;

    @Column(name = "change_consent_note", length = 1000)
    private String changeConsentNote;

    protected Contribution() {}

    Contribution(NewContribution c, Instant at) {
        this.createdAt = at;
        this.experimentationId = c.experimentationId();
        this.phase = c.phase();
        this.stepKey = c.stepKey();
        this.taskId = c.taskId();
        this.college = c.college();
        this.leadId = c.leadId();
        this.section = c.section();
        this.decision = c.decision();
        this.body = c.body() == null || c.body().isBlank() ? null : c.body().trim();
        this.authorId = c.authorId();
        this.recordedById = c.recordedById();
        this.consentKind = c.consentKind();
        this.consentNote = c.consentNote() == null || c.consentNote().isBlank()
                ? null
                : c.consentNote().trim();
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

    public String getStepKey() {
        return stepKey;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getCollege() {
        return college;
    }

    public Long getLeadId() {
        return leadId;
    }

    public String getSection() {
        return section;
    }

    public String getDecision() {
        return decision;
    }

    public String getBody() {
        return body;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public ConsentKind getConsentKind() {
        return consentKind;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getMeetingRound() {
        return meetingRound;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void placeInMeeting(long meetingId, String round) {
        this.meetingId = meetingId;
        this.meetingRound = round;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Long getWithdrawnById() {
        return withdrawnById;
    }

    public Long getChangedById() {
        return changedById;
    }

    public ConsentKind getChangeConsentKind() {
        return changeConsentKind;
    }

    public String getChangeConsentNote() {
        return changeConsentNote;
    }

    void correct(String newBody, long byPersonId, ConsentKind consent, String consentNote, Instant at) {
        this.body = newBody.trim();
        this.updatedAt = at;
        changedBy(byPersonId, consent, consentNote);
    }

    void withdraw(long byPersonId, ConsentKind consent, String consentNote, Instant at) {
        this.withdrawnAt = at;
        this.withdrawnById = byPersonId;
        changedBy(byPersonId, consent, consentNote);
    }

    private void changedBy(long byPersonId, ConsentKind consent, String consentNote) {
        this.changedById = byPersonId;
        this.changeConsentKind = consent;
        this.changeConsentNote = consentNote == null || consentNote.isBlank() ? null : consentNote.trim();
    }

    /** True when the person who typed it is not its author: shown everywhere the contribution appears. */
    public boolean recordedForSomeoneElse() {
        return authorId != null && !authorId.equals(recordedById);
    }
}
