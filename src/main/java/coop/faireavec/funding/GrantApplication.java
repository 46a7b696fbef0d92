package coop.faireavec.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant asked of one funder for the experimentation: amount asked, status, and what was granted. */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "funder_id", nullable = false)
    private Long funderId;

    @Column(nullable = false, length = 200)
    private String programme;

    @Column(name = "amount_asked", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountAsked;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GrantStatus status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "amount_granted", precision = 12, scale = 2)
    private BigDecimal amountGranted;

    @Column(length = 2000)
    private String conditions;

    protected GrantApplication() {}

    GrantApplication(long experimentationId, GrantDetails details) {
        this.experimentationId = experimentationId;
        set(details);
    }

    void set(GrantDetails d) {
        this.funderId = d.funderId();
        this.programme = d.programme();
        this.amountAsked = d.asked();
        this.submittedOn = d.submittedOn();
        this.status = d.status();
        this.decidedOn = d.decidedOn();
        this.amountGranted = d.granted();
        this.conditions = d.conditions();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public Long getFunderId() {
        return funderId;
    }

    public String getProgramme() {
        return programme;
    }

    public BigDecimal getAmountAsked() {
        return amountAsked;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public GrantStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    /** Null unless granted. */
    public BigDecimal getAmountGranted() {
        return amountGranted;
    }

    public String getConditions() {
        return conditions;
    }
}
