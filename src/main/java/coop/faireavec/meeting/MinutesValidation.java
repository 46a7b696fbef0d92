package coop.faireavec.meeting;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.participation.College;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A college's answer to submitted minutes, given by one of its members who was there (or noted for them). */
@Entity
@Table(name = "minutes_validation")
public class MinutesValidation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "submission_no", nullable = false)
    private int submissionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private College college;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "recorded_by_id", nullable = false)
    private Long recordedById;

    @Column(nullable = false)
    private boolean approved;

    @Column(length = 2000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", length = 20)
    private ConsentKind consentKind;

    @Column(name = "consent_note", length = 1000)
    private String consentNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MinutesValidation() {}

    MinutesValidation(
            MeetingMinutes minutes,
            College college,
            long personId,
            long recordedById,
            boolean approved,
            String comment,
            ConsentKind consentKind,
            String consentNote,
            Instant at) {
        this.createdAt = at;
        this.minutesId = minutes.getId();
        this.submissionNo = minutes.getSubmissionNo();
        this.college = college;
        this.personId = personId;
        this.recordedById = recordedById;
        this.approved = approved;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.consentKind = consentKind;
        this.consentNote = consentNote == null || consentNote.isBlank() ? null : consentNote.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public int getSubmissionNo() {
        return submissionNo;
    }

    public College getCollege() {
        return college;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getComment() {
        return comment;
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

    public boolean recordedForSomeoneElse() {
        return !recordedById.equals(personId);
    }
}
