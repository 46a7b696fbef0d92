package coop.faireavec.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * What an experiment measures: a name, a unit, where it starts (baseline), where the team wants it (target) and
 * which way is better. An indicator a later plan drops stays, inactive, with its values.
 */
@Entity
@Table(name = "experiment_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private Long experimentId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 60)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Column(nullable = false)
    private boolean active;

    protected Indicator() {}

    Indicator(long experimentId) {
        this.experimentId = experimentId;
    }

    void set(int position, IndicatorSpec spec) {
        this.position = position;
        this.name = spec.name();
        this.unit = spec.unit();
        this.baseline = spec.baseline();
        this.target = spec.target();
        this.direction = spec.direction();
        this.active = true;
    }

    void retire() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentId() {
        return experimentId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Direction getDirection() {
        return direction;
    }

    public boolean isActive() {
        return active;
    }
}
