package coop.faireavec.experimentation;

import coop.faireavec.shared.ConflictException;
import coop.faireavec.territory.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A cooperative social experimentation run as action research on one territory. */
@Entity
@Table(name = "experimentation")
public class Experimentation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(name = "carrier_organisation", nullable = false, length = 200)
    private String carrierOrganisation;

    @Column(length = 4000)
    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExperimentationStatus status = ExperimentationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_phase", length = 30)
    private Phase currentPhase;

    @Column(name = "template_key", nullable = false, length = 80)
    private String templateKey;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "step_due_days", nullable = false)
    private int stepDueDays = 14;

    @Column(name = "escalation_days", nullable = false)
    private int escalationDays = 28;

    @Column(name = "call_for_leads_days", nullable = false)
    private int callForLeadsDays = 30;

    @Column(name = "observation_cycle_days", nullable = false)
    private int observationCycleDays = 14;

    @Version
    private long version;

    /** When the process closed it (end of consolidation); null while it runs. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** How many months its people's data are kept after it closes (issue #16, point 10). */
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = DEFAULT_RETENTION_MONTHS;

    /** When the retention job anonymised what its people gave; null until then. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** The retention period after closing given to a new experimentation, in months (at most its template's). */
    public static final int DEFAULT_RETENTION_MONTHS = 24;

    protected Experimentation() {}

    public Experimentation(
            String title,
            Territory territory,
            String carrierOrganisation,
            String description,
            LocalDate startDate,
            LocalDate plannedEndDate,
            String templateKey,
            Instant createdAt) {
        this.createdAt = createdAt;
        this.title = title;
        this.territory = territory;
        this.carrierOrganisation = carrierOrganisation;
        this.description = description;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
        this.templateKey = templateKey;
    }

    void setDurations(DurationSettings d) {
        this.stepDueDays = d.stepDueDays();
        this.escalationDays = d.escalationDays();
        this.callForLeadsDays = d.callForLeadsDays();
        this.observationCycleDays = d.observationCycleDays();
    }

    /** The optimistic-lock version: one more at each saved change; a form sends back the one it was shown. */
    public long getVersion() {
        return version;
    }

    public DurationSettings getDurations() {
        return new DurationSettings(stepDueDays, escalationDays, callForLeadsDays, observationCycleDays);
    }

    void started(String processInstanceId) {
        if (status != ExperimentationStatus.DRAFT) {
            throw new ConflictException("conflict.alreadyStarted");
        }
        this.status = ExperimentationStatus.RUNNING;
        this.processInstanceId = processInstanceId;
    }

    void correct(String title, Territory territory, String description, LocalDate startDate, LocalDate plannedEndDate) {
        if (status != ExperimentationStatus.DRAFT) {
            throw new ConflictException("conflict.startedOnlyDescription");
        }
        this.title = title;
        this.territory = territory;
        this.description = description;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
    }

    void describe(String description) {
        this.description = description;
    }

    void enteredPhase(Phase phase) {
        this.currentPhase = phase;
    }

    void closed(Instant at) {
        this.status = ExperimentationStatus.CLOSED;
        if (closedAt == null) {
            this.closedAt = at;
        }
    }

    /** When the process closed it; null while it has not. */
    public Instant getClosedAt() {
        return closedAt;
    }

    /** Months its people's data are kept after it closes. */
    public int getRetentionMonths() {
        return retentionMonths;
    }

    void setRetentionMonths(int months) {
        this.retentionMonths = months;
    }

    /** When its people's data were anonymised; null until then. */
    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    void anonymised(Instant at) {
        this.anonymisedAt = at;
    }

    /**
     * The day its people's data are anonymised: the closing day (in that zone) plus the retention period; empty while
     * it is not closed.
     *
     * @param zone the platform's time zone (the clock's)
     */
    public Optional<LocalDate> anonymisationDay(ZoneId zone) {
        return closedAt == null
                ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(closedAt, zone).plusMonths(retentionMonths));
    }

    /** The phases entered so far, in order: the past ones and the current one (none before the start). */
    public List<Phase> getStartedPhases() {
        if (currentPhase == null) {
            return List.of();
        }
        return Arrays.stream(Phase.values())
                .filter(p -> p.number() <= currentPhase.number())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getCarrierOrganisation() {
        return carrierOrganisation;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public ExperimentationStatus getStatus() {
        return status;
    }

    public Phase getCurrentPhase() {
        return currentPhase;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
