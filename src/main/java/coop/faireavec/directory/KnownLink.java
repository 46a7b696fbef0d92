package coop.faireavec.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link set by hand between an organisation an experimentation knows (by its normalised name, {@link SearchText})
 * and a directory record of its territory; a null structure means "not in the directory".
 */
@Entity
@Table(name = "directory_known_link")
class KnownLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(name = "organisation_key", nullable = false, length = 200)
    private String organisationKey;

    @Column(name = "structure_id")
    private Long structureId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected KnownLink() {}

    KnownLink(long experimentationId, String organisationKey) {
        this.experimentationId = experimentationId;
        this.organisationKey = organisationKey;
    }

    void linkTo(Long structureId, Instant at) {
        this.structureId = structureId;
        this.linkedAt = at;
    }

    String getOrganisationKey() {
        return organisationKey;
    }

    Long getStructureId() {
        return structureId;
    }
}
