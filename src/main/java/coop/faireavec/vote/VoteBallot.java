package coop.faireavec.vote;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.decision.Grade;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One member's ballot in a round: a grade per lead. Secret: only the voter's own pages read it back; results use it
 * only through the tally, which carries no voter identity. Package-private outside this module.
 */
@Entity
@Table(name = "vote_ballot")
class VoteBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "voter_id", nullable = false)
    private Long voterId;

    @Column(nullable = false, length = 30)
    private String college;

    @Column(name = "recorded_by_id", nullable = false)
    private Long recordedById;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", length = 30)
    private ConsentKind consentKind;

    @Column(name = "consent_note", length = 500)
    private String consentNote;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vote_grade", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "lead_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 20)
    private Map<Long, Grade> grades = new HashMap<>();

    protected VoteBallot() {}

    VoteBallot(long roundId, long voterId, String college) {
        this.roundId = roundId;
        this.voterId = voterId;
        this.college = college;
    }

    /** Replaces what the ballot says (sent again before the close). */
    void fill(
            Map<Long, Grade> newGrades,
            String college,
            long recordedById,
            ConsentKind consentKind,
            String consentNote,
            Instant at) {
        this.grades.clear();
        this.grades.putAll(newGrades);
        this.college = college;
        this.recordedById = recordedById;
        this.consentKind = consentKind;
        this.consentNote = consentNote;
        this.castAt = at;
    }

    Long getId() {
        return id;
    }

    Long getVoterId() {
        return voterId;
    }

    String getCollege() {
        return college;
    }

    Long getRecordedById() {
        return recordedById;
    }

    ConsentKind getConsentKind() {
        return consentKind;
    }

    Map<Long, Grade> getGrades() {
        return grades;
    }
}
