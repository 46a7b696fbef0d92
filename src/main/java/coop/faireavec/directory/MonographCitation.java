package coop.faireavec.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An experimentation citing a published monograph of its territory, with an optional note on why (issue #17). */
@Entity
@Table(name = "directory_monograph_citation")
public class MonographCitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false, updatable = false)
    private long experimentationId;

    @Column(name = "monograph_id", nullable = false, updatable = false)
    private long monographId;

    private String note;

    @Column(name = "cited_at", nullable = false, updatable = false)
    private Instant citedAt;

    @Column(name = "cited_by_id", updatable = false)
    private Long citedById;

    protected MonographCitation() {}

    MonographCitation(long experimentationId, long monographId, String note, Instant citedAt, Long citedById) {
        this.experimentationId = experimentationId;
        this.monographId = monographId;
        this.note = note;
        this.citedAt = citedAt;
        this.citedById = citedById;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentationId() {
        return experimentationId;
    }

    public long getMonographId() {
        return monographId;
    }

    public String getNote() {
        return note;
    }
}
