package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
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

/** Money spent on a charge line for a phase, maybe charged to a funder, and who recorded it. */
@Entity
@Table(name = "spending")
public class Spending {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Phase phase;

    @Column(name = "funder_id")
    private Long funderId;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by_id", nullable = false)
    private Long recordedById;

    protected Spending() {}

    Spending(long experimentationId, SpendingDetails details, long recordedById) {
        this.experimentationId = experimentationId;
        this.recordedById = recordedById;
        set(details);
    }

    void set(SpendingDetails d) {
        this.spentOn = d.spentOn();
        this.amount = d.amount();
        this.account = d.account();
        this.phase = d.phase();
        this.funderId = d.funderId();
        this.note = d.note();
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

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Account getAccount() {
        return account;
    }

    public Phase getPhase() {
        return phase;
    }

    public Long getFunderId() {
        return funderId;
    }

    public String getNote() {
        return note;
    }

    public Long getRecordedById() {
        return recordedById;
    }
}
