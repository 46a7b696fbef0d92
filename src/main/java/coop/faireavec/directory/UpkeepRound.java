package coop.faireavec.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One monthly upkeep round of a territory's directory (issue #17, point 2): opened by
 * {@code processes/directory-upkeep.bpmn}, closed when every correspondent finished it or when the next round is due.
 * Times are instants (UTC).
 */
@Entity
@Table(name = "directory_round")
public class UpkeepRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false, updatable = false)
    private long territoryId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected UpkeepRound() {}

    UpkeepRound(long territoryId, Instant openedAt) {
        this.territoryId = territoryId;
        this.openedAt = openedAt;
    }

    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getTerritoryId() {
        return territoryId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
