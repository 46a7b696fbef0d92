package coop.faireavec.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The experimentation's hourly value of time given (euros per hour), used to value attendance in kind. */
@Entity
@Table(name = "funding_settings")
class FundingSettings {

    @Id
    @Column(name = "experimentation_id")
    private Long experimentationId;

    @Version
    private long version;

    @Column(name = "hourly_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal hourlyValue;

    protected FundingSettings() {}

    FundingSettings(long experimentationId, BigDecimal hourlyValue) {
        this.experimentationId = experimentationId;
        this.hourlyValue = hourlyValue;
    }

    BigDecimal getHourlyValue() {
        return hourlyValue;
    }

    void setHourlyValue(BigDecimal hourlyValue) {
        this.hourlyValue = hourlyValue;
    }

    long getVersion() {
        return version;
    }
}
