package coop.faireavec.actionlead;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lead for action proposed during phase 2 (the call for leads); the selected ones become experiments in phase 3.
 * It says the problem it answers (optionally linked to phase-1 contributions), what would change
 * ({@code description}) and the organisations that could take part. Its authors are its first author and those of
 * the leads merged into it; members support it (one support each). It stays in the list when withdrawn by its
 * author, merged into another lead or hidden by a carrier (with the reason shown in its place), but only an
 * {@link #isActive() active} lead is supported, commented or voted.
 */
@Entity
@Table(name = "action_lead")
public class ActionLead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String problem;

    /** What would change. */
    @Column(length = 4000)
    private String description;

    @Column(length = 1000)
    private String organisations;

    @Column(name = "proposed_by_id", nullable = false)
    private Long proposedById;

    @Column(name = "recorded_by_id")
    private Long recordedById;

    @Column(name = "contribution_id")
    private Long contributionId;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "hidden_reason", length = 1000)
    private String hiddenReason;

    @Column(name = "hidden_by_id")
    private Long hiddenById;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_lead_author", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "person_id")
    private Set<Long> authorIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_lead_source", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "contribution_id")
    private Set<Long> sourceIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_lead_support", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "person_id")
    private Set<Long> supporterIds = new TreeSet<>();

    protected ActionLead() {}

    ActionLead(Long experimentationId, String title, String description, Long proposedById, Instant at) {
        this.createdAt = at;
        this.experimentationId = experimentationId;
        this.title = title;
        this.description = description;
        this.proposedById = proposedById;
        this.recordedById = proposedById;
        this.authorIds.add(proposedById);
    }

    ActionLead(long experimentationId, NewLead lead, long recordedById, Instant at) {
        this(experimentationId, lead.title(), lead.change(), lead.authorId(), at);
        this.problem = lead.problem();
        this.organisations = lead.organisations();
        this.recordedById = recordedById;
        this.sourceIds.addAll(lead.sourceIds());
    }

    void setSelected(boolean selected) {
        this.selected = selected;
    }

    void setContributionId(Long contributionId) {
        this.contributionId = contributionId;
    }

    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    void hide(String reason, long byPersonId, Instant at) {
        this.hiddenReason = reason;
        this.hiddenById = byPersonId;
        this.hiddenAt = at;
    }

    /** Merges {@code other} into this lead: its authors and supporters become this lead's too. */
    void absorb(ActionLead other) {
        authorIds.addAll(other.authorIds);
        supporterIds.addAll(other.supporterIds);
        sourceIds.addAll(other.sourceIds);
        other.mergedIntoId = this.id;
    }

    /** Adds or removes the person's support; returns whether they support it now. */
    boolean toggleSupport(long personId) {
        if (supporterIds.remove(personId)) {
            return false;
        }
        supporterIds.add(personId);
        return true;
    }

    /** Still in play: not withdrawn, not hidden, not merged into another lead (open to supports, comments, votes). */
    public boolean isActive() {
        return withdrawnAt == null && hiddenAt == null && mergedIntoId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public String getTitle() {
        return title;
    }

    /** What would change (may be null). */
    public String getDescription() {
        return description;
    }

    /** The problem the lead answers (may be null on leads proposed before issue #13). */
    public String getProblem() {
        return problem;
    }

    /** Organisations that could take part (may be null). */
    public String getOrganisations() {
        return organisations;
    }

    /** The person id of its first author. */
    public Long getProposedById() {
        return proposedById;
    }

    /** The person id of who typed it (its author, or a facilitator recording it for them). */
    public Long getRecordedById() {
        return recordedById == null ? proposedById : recordedById;
    }

    public boolean isSelected() {
        return selected;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** The lead it was merged into, or null. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    /** The carrier's reason for hiding it, shown in its place; null when shown. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    Long getContributionId() {
        return contributionId;
    }

    /** Person ids of its authors (its first author and those of the leads merged into it). */
    public Set<Long> getAuthorIds() {
        return Set.copyOf(authorIds);
    }

    /** Ids of the phase-1 contributions it answers. */
    public Set<Long> getSourceIds() {
        return Set.copyOf(sourceIds);
    }

    /** Person ids of the members supporting it. */
    public Set<Long> getSupporterIds() {
        return Set.copyOf(supporterIds);
    }

    public int getSupportCount() {
        return supporterIds.size();
    }

    static Set<Long> ids(Collection<Long> ids) {
        return ids == null ? Set.of() : new TreeSet<>(ids);
    }
}
