package coop.faireavec.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The carrier's own equal-footing rules for one experimentation (else the template's), in their one-line form. */
@Entity
@Table(name = "decision_rules")
class DecisionRulesOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a change saved over someone else's newer one fails (409 page) instead of erasing it. */
    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    /** {@link EqualFootingRules#asText()}. */
    @Column(nullable = false, length = 400)
    private String rules;

    protected DecisionRulesOverride() {}

    DecisionRulesOverride(long experimentationId, EqualFootingRules rules) {
        this.experimentationId = experimentationId;
        set(rules);
    }

    void set(EqualFootingRules rules) {
        this.rules = rules.asText();
    }

    EqualFootingRules rules() {
        return EqualFootingRules.parse(rules);
    }
}
