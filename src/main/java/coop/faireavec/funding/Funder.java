package coop.faireavec.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who funds (or is asked to fund) one experimentation: a name and a {@link FunderKind}. */
@Entity
@Table(name = "funder")
public class Funder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a change saved over someone else's newer one is a 409 page instead of erasing it. */
    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FunderKind kind;

    protected Funder() {}

    Funder(long experimentationId, FunderDetails details) {
        this.experimentationId = experimentationId;
        set(details);
    }

    void set(FunderDetails details) {
        this.name = details.name();
        this.kind = details.kind();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public String getName() {
        return name;
    }

    public FunderKind getKind() {
        return kind;
    }

    /**
     * True when two funders' names are the same for people: equal once stripped, with spaces collapsed, ignoring case
     * (an experimentation never has two funders of the same name: the per-funder figures go by name).
     */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
