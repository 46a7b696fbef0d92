package coop.faireavec.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting the administrator changed (table {@code operator_setting}, Flyway V61): a fact or a page's text. */
@Entity
@Table(name = "operator_setting")
class OperatorSetting {

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(nullable = false)
    private Instant updatedAt;

    private Long updatedBy;

    protected OperatorSetting() {}

    OperatorSetting(String name) {
        this.name = name;
    }

    void set(String value, Instant at, Long by) {
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String getName() {
        return name;
    }

    String getValue() {
        return value;
    }
}
