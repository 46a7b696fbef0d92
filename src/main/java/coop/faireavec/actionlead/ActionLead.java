package coop.faireavec.actionlead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lead for action proposed during phase 2; the selected ones become experiments in phase 3. */
@Entity
@Table(name = "action_lead")
public class ActionLead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "proposed_by_id", nullable = false)
    private Long proposedById;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionLead() {}

    ActionLead(Long experimentationId, String title, String description, Long proposedById, Instant at) {
        this.createdAt = at;
        this.experimentationId = experimentationId;
        this.title = title;
        this.description = description;
        this.proposedById = proposedById;
    }

    void setSelected(boolean selected) {
        this.selected = selected;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getProposedById() {
        return proposedById;
    }

    public boolean isSelected() {
        return selected;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
