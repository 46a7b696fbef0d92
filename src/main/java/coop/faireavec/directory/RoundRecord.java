package coop.faireavec.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stale record of an upkeep round, given to one correspondent (issue #17, point 2). */
@Entity
@Table(name = "directory_round_record")
public class RoundRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, updatable = false)
    private RecordRef.Kind recordKind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    protected RoundRecord() {}

    RoundRecord(long roundId, long personId, RecordRef record) {
        this.roundId = roundId;
        this.personId = personId;
        this.recordKind = record.kind();
        this.recordId = record.id();
    }

    public long getRoundId() {
        return roundId;
    }

    public long getPersonId() {
        return personId;
    }

    public RecordRef record() {
        return new RecordRef(recordKind, recordId);
    }
}
