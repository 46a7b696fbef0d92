package coop.faireavec.actionlead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A college chose this lead in the prioritisation vote (one row per lead and college). */
@Entity
@Table(name = "lead_vote")
public class LeadVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(nullable = false, length = 30)
    private String college;

    @Column(name = "voter_id", nullable = false)
    private Long voterId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LeadVote() {}

    LeadVote(Long experimentationId, Long leadId, String college, Long voterId, Instant at) {
        this.createdAt = at;
        this.experimentationId = experimentationId;
        this.leadId = leadId;
        this.college = college;
        this.voterId = voterId;
    }

    public Long getLeadId() {
        return leadId;
    }

    public String getCollege() {
        return college;
    }

    public Long getVoterId() {
        return voterId;
    }
}
