package coop.faireavec.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The action plan kept ({@code selected}) or left out a lead against the vote's preselection, with the reason. */
@Entity
@Table(name = "plan_selection_change")
class PlanSelectionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(nullable = false)
    private boolean selected;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "changed_by_id", nullable = false)
    private Long changedById;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PlanSelectionChange() {}

    PlanSelectionChange(long experimentationId, long leadId, boolean selected, String reason, long byId, Instant at) {
        this.experimentationId = experimentationId;
        this.leadId = leadId;
        this.selected = selected;
        this.reason = reason;
        this.changedById = byId;
        this.changedAt = at;
    }

    Long getLeadId() {
        return leadId;
    }

    boolean isSelected() {
        return selected;
    }

    String getReason() {
        return reason;
    }
}
