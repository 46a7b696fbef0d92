package coop.faireavec.experiment;

import coop.faireavec.contribution.ConsentKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What a team member observed on a day: values of some indicators and a short narrative. The author is whose
 * observation it is; {@code recordedBy} typed it (someone else only with the author's consent, kept here).
 */
@Entity
@Table(name = "experiment_observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private Long experimentId;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(length = 2000)
    private String narrative;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", length = 20)
    private ConsentKind consentKind;

    @Column(name = "consent_note", length = 500)
    private String consentNote;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "experiment_observation_value", joinColumns = @JoinColumn(name = "observation_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "measured", nullable = false, precision = 19, scale = 4)
    private Map<Long, BigDecimal> values = new HashMap<>();

    protected Observation() {}

    Observation(
            long experimentId,
            NewObservation what,
            long authorId,
            long recordedBy,
            ConsentKind consentKind,
            String consentNote,
            Instant recordedAt) {
        this.experimentId = experimentId;
        this.observedOn = what.observedOn();
        this.narrative = what.narrative();
        this.values.putAll(what.values());
        this.authorId = authorId;
        this.recordedBy = recordedBy;
        this.consentKind = consentKind;
        this.consentNote = consentNote;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentId() {
        return experimentId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getNarrative() {
        return narrative;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public ConsentKind getConsentKind() {
        return consentKind;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Measured value per indicator id (indicators not measured that day are absent). */
    public Map<Long, BigDecimal> getValues() {
        return Map.copyOf(values);
    }
}
