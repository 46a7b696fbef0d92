package coop.faireavec.experiment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One selected lead run as an experiment: its goal, its dates and its mixed team (one experiment per lead). */
@Entity
@Table(name = "experiment")
public class Experiment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(nullable = false, length = 2000)
    private String goal;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "planned_by", nullable = false)
    private Long plannedBy;

    @ElementCollection
    @CollectionTable(name = "experiment_team_member", joinColumns = @JoinColumn(name = "experiment_id"))
    private List<TeamMember> team = new ArrayList<>();

    protected Experiment() {}

    Experiment(long experimentationId, long leadId) {
        this.experimentationId = experimentationId;
        this.leadId = leadId;
    }

    /** Sets (or sets again, after an "adjust") the plan: goal, dates, team. */
    void plan(String goal, LocalDate startsOn, LocalDate endsOn, List<TeamMember> team, Instant at, long by) {
        this.goal = goal;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.team.clear();
        this.team.addAll(team);
        this.plannedAt = at;
        this.plannedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public Long getLeadId() {
        return leadId;
    }

    public String getGoal() {
        return goal;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public List<TeamMember> getTeam() {
        return List.copyOf(team);
    }

    /** Whether that person is in the team. */
    public boolean inTeam(long personId) {
        return team.stream().anyMatch(m -> m.getPersonId() == personId);
    }
}
