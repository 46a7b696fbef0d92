package coop.faireavec.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last pseudonym number given in one experimentation; it only grows, so a number is never given twice. */
@Entity
@Table(name = "pseudonym_counter")
class PseudonymCounter {

    @Id
    @Column(name = "experimentation_id")
    private Long experimentationId;

    @Column(name = "last_no", nullable = false)
    private int lastNo;

    protected PseudonymCounter() {}

    PseudonymCounter(long experimentationId) {
        this.experimentationId = experimentationId;
    }

    int next() {
        lastNo++;
        return lastNo;
    }
}
