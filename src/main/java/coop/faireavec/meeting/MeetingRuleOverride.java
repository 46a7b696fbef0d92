package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The carrier's own composition rule for one kind of meeting in one experimentation (else the template's). */
@Entity
@Table(name = "meeting_rule")
class MeetingRuleOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a change saved over someone else's newer one fails (409 page) instead of erasing it. */
    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind;

    /** Comma list of College names; empty when none is required. */
    @Column(name = "required_colleges", nullable = false, length = 200)
    private String requiredColleges;

    @Column(name = "min_per_college", nullable = false)
    private int minPerCollege;

    @Column(name = "max_share_percent", nullable = false)
    private int maxSharePercent;

    protected MeetingRuleOverride() {}

    MeetingRuleOverride(long experimentationId, MeetingKind kind, CompositionRule rule) {
        this.experimentationId = experimentationId;
        this.kind = kind;
        set(rule);
    }

    void set(CompositionRule rule) {
        this.requiredColleges =
                rule.requiredColleges().stream().map(College::name).collect(Collectors.joining(","));
        this.minPerCollege = rule.minPerCollege();
        this.maxSharePercent = rule.maxSharePercent();
    }

    CompositionRule rule() {
        Set<College> colleges = EnumSet.noneOf(College.class);
        Arrays.stream(requiredColleges.split(","))
                .filter(s -> !s.isBlank())
                .map(College::valueOf)
                .forEach(colleges::add);
        return new CompositionRule(colleges, minPerCollege, maxSharePercent);
    }

    MeetingKind getKind() {
        return kind;
    }
}
