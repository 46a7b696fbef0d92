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

/** One line of the planned budget: a phase, an account, maybe a funder, and the amount planned. */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Account account;

    @Column(name = "funder_id")
    private Long funderId;

    @Column(name = "planned_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal planned;

    @Column(length = 500)
    private String note;

    protected BudgetLine() {}

    BudgetLine(long experimentationId, BudgetLineDetails details) {
        this.experimentationId = experimentationId;
        set(details);
    }

    void set(BudgetLineDetails d) {
        this.phase = d.phase();
        this.account = d.account();
        this.funderId = d.funderId();
        this.planned = d.planned();
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

    public Phase getPhase() {
        return phase;
    }

    public Account getAccount() {
        return account;
    }

    public Long getFunderId() {
        return funderId;
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public String getNote() {
        return note;
    }
}
