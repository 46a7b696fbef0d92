package coop.faireavec.participation;

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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person in one experimentation, in at most one college, with one or more roles. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    /** Null for people who only facilitate or steer and do not speak for a college. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private College college;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<ExperimentationRole> roles = EnumSet.noneOf(ExperimentationRole.class);

    /** Set by a carrier: this member (a practitioner) may record contributions for other members. */
    @Column(name = "may_record_for_others", nullable = false)
    private boolean mayRecordForOthers;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether this member agreed to appear with their name in reports (only matters for lived experience). */
    @Column(name = "named_in_reports", nullable = false)
    private boolean namedInReports;

    /** When the consent to be named was last given or withdrawn; null if never. */
    @Column(name = "naming_consent_at")
    private Instant namingConsentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "naming_consent_kind", length = 20)
    private NamingConsentKind namingConsentKind;

    @Column(name = "naming_consent_note", length = 1000)
    private String namingConsentNote;

    /** Who recorded the last change: the person themself (kind SELF) or a carrier. */
    @Column(name = "naming_consent_noted_by")
    private Long namingConsentNotedBy;

    /** N of "Personne concernée N": set once for a member of the lived-experience college, never changed. */
    @Column(name = "pseudonym_no")
    private Integer pseudonymNo;

    protected Membership() {}

    Membership(
            Long personId, Long experimentationId, College college, Set<ExperimentationRole> roles, Instant createdAt) {
        this.createdAt = createdAt;
        this.personId = personId;
        this.experimentationId = experimentationId;
        this.college = college;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(ExperimentationRole.class) : EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public College getCollege() {
        return college;
    }

    public Set<ExperimentationRole> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isMayRecordForOthers() {
        return mayRecordForOthers;
    }

    void setMayRecordForOthers(boolean allowed) {
        this.mayRecordForOthers = allowed;
    }

    public boolean isNamedInReports() {
        return namedInReports;
    }

    public Instant getNamingConsentAt() {
        return namingConsentAt;
    }

    public NamingConsentKind getNamingConsentKind() {
        return namingConsentKind;
    }

    public String getNamingConsentNote() {
        return namingConsentNote;
    }

    public Long getNamingConsentNotedBy() {
        return namingConsentNotedBy;
    }

    /** The stable pseudonym number, or null for members outside the lived-experience college. */
    public Integer getPseudonymNo() {
        return pseudonymNo;
    }

    void setPseudonymNo(int number) {
        if (pseudonymNo != null) {
            throw new IllegalStateException("a pseudonym is never changed");
        }
        this.pseudonymNo = number;
    }

    void recordNamingConsent(boolean named, NamingConsentKind kind, String note, long notedBy, Instant at) {
        this.namedInReports = named;
        this.namingConsentKind = kind;
        this.namingConsentNote = note == null || note.isBlank() ? null : note.trim();
        this.namingConsentNotedBy = notedBy;
        this.namingConsentAt = at;
    }

    public boolean has(ExperimentationRole role) {
        return roles.contains(role);
    }
}
