package coop.faireavec.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person appointed correspondent of a territory's directory (issue #17, point 2): active from {@link #getAppointedAt}
 * until {@link #getEndedAt} (null while active). Times are instants (UTC).
 */
@Entity
@Table(name = "directory_correspondent")
public class Correspondent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false, updatable = false)
    private long territoryId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "appointed_at", nullable = false, updatable = false)
    private Instant appointedAt;

    @Column(name = "appointed_by_id", updatable = false)
    private Long appointedById;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Correspondent() {}

    Correspondent(long territoryId, long personId, Instant appointedAt, Long appointedById) {
        this.territoryId = territoryId;
        this.personId = personId;
        this.appointedAt = appointedAt;
        this.appointedById = appointedById;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTerritoryId() {
        return territoryId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }

    public Long getAppointedById() {
        return appointedById;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public boolean isActive() {
        return endedAt == null;
    }
}
