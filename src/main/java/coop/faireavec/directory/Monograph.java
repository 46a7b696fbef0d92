package coop.faireavec.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The page of a local initiative (issue #17, point 3), written by a territory's correspondent or carrier about one
 * organisation of the directory and some of its services; a draft until a carrier publishes it. Times are instants
 * (UTC); person ids have no foreign key.
 */
@Entity
@Table(name = "directory_monograph")
public class Monograph {

    /** A draft is seen by the territory's correspondents and carriers; a published one by every reader. */
    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false, updatable = false)
    private long territoryId;

    @Column(name = "structure_id", nullable = false)
    private long structureId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_monograph_service", joinColumns = @JoinColumn(name = "monograph_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new LinkedHashSet<>();

    private String title;

    @Column(name = "what_it_does")
    private String whatItDoes;

    @Column(name = "for_whom")
    private String forWhom;

    @Column(name = "how_it_started")
    private String howItStarted;

    @Column(name = "how_it_works")
    private String howItWorks;

    @Column(name = "its_values")
    private String itsValues;

    private String transferable;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_person_agreed", nullable = false)
    private boolean contactPersonAgreed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by_id")
    private Long publishedById;

    @Version
    private long version;

    protected Monograph() {}

    Monograph(long territoryId, MonographDetails details, Instant at, Long by) {
        this.territoryId = territoryId;
        this.createdAt = at;
        this.createdById = by;
        apply(details, at, by);
    }

    void apply(MonographDetails d, Instant at, Long by) {
        this.structureId = d.structureId();
        this.serviceIds.clear();
        this.serviceIds.addAll(d.serviceIds());
        this.title = d.title();
        this.whatItDoes = d.whatItDoes();
        this.forWhom = d.forWhom();
        this.howItStarted = d.howItStarted();
        this.howItWorks = d.howItWorks();
        this.itsValues = d.itsValues();
        this.transferable = d.transferable();
        this.contactName = d.contactName();
        this.contactPhone = d.contactPhone();
        this.contactEmail = d.contactEmail();
        this.contactPersonAgreed = d.contactPersonAgreed();
        this.updatedAt = at;
        this.updatedById = by;
    }

    void publish(Instant at, Long by) {
        this.status = Status.PUBLISHED;
        this.publishedAt = at;
        this.publishedById = by;
    }

    void unpublish() {
        this.status = Status.DRAFT;
    }

    /** The details as stored, to fill the edit form. */
    public MonographDetails details() {
        return new MonographDetails(
                structureId,
                List.copyOf(serviceIds),
                title,
                whatItDoes,
                forWhom,
                howItStarted,
                howItWorks,
                itsValues,
                transferable,
                contactName,
                contactPhone,
                contactEmail,
                contactPersonAgreed);
    }

    public Long getId() {
        return id;
    }

    public long getTerritoryId() {
        return territoryId;
    }

    public long getStructureId() {
        return structureId;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public String getTitle() {
        return title;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
