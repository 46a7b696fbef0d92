package coop.faireavec.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A town and its surroundings that volunteers as a pilot (bassin de vie). */
@Entity
@Table(name = "territory")
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When it was archived (no longer offered for new experimentations), or null. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Its stable address part, fixed when created (issue #17: {@code /territories/{slug}/directory}). */
    @Column(nullable = false, unique = true, length = 120, updatable = false)
    private String slug;

    /** Whether its directory of local actors is published read-only without sign-in (an administrator's switch). */
    @Column(name = "directory_public", nullable = false)
    private boolean directoryPublic;

    protected Territory() {}

    public Territory(String name, String description, Instant createdAt) {
        this(name, description, createdAt, Slugs.of(name));
    }

    Territory(String name, String description, Instant createdAt, String slug) {
        this.createdAt = createdAt;
        this.name = name;
        this.description = description;
        this.slug = slug;
    }

    void setDirectoryPublic(boolean directoryPublic) {
        this.directoryPublic = directoryPublic;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isDirectoryPublic() {
        return directoryPublic;
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void setArchivedAt(Instant archivedAt) {
        this.archivedAt = archivedAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
