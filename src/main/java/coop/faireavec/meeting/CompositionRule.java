package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equal footing for one kind of meeting: which colleges must be there, how many people at least from each of them,
 * and the largest share of the people present any one college may make up.
 *
 * @param requiredColleges colleges that must be present (may be empty)
 * @param minPerCollege    people needed from each required college, 0 to 50 (a required college with nobody present
 *                         is always missing, so 0 and 1 mean the same)
 * @param maxSharePercent  the largest share, 1 to 100, of the people present any one college may have, required or
 *                         not; exactly this share is allowed, 100 means no limit
 */
public record CompositionRule(Set<College> requiredColleges, int minPerCollege, int maxSharePercent) {

    public static final int MAX_MIN_PER_COLLEGE = 50;

    public CompositionRule {
        requiredColleges = requiredColleges == null || requiredColleges.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(College.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredColleges));
        if (minPerCollege < 0 || minPerCollege > MAX_MIN_PER_COLLEGE) {
            throw new IllegalArgumentException("minPerCollege must be between 0 and 50, was " + minPerCollege);
        }
        if (maxSharePercent < 1 || maxSharePercent > 100) {
            throw new IllegalArgumentException("maxSharePercent must be between 1 and 100, was " + maxSharePercent);
        }
    }

    /**
     * The rule a kind of meeting follows when its template says nothing: a crossed discussion needs the three
     * colleges, two people each, no college above half; see templates/precarity-prevention/template.yml for why.
     */
    public static CompositionRule defaultFor(MeetingKind kind) {
        Set<College> all = EnumSet.allOf(College.class);
        return switch (kind) {
            case CROSSED_DISCUSSION -> new CompositionRule(all, 2, 50);
            case PLENARY -> new CompositionRule(all, 1, 60);
            case PEER_SESSION -> new CompositionRule(Set.of(), 0, 100);
            case WORKING_GROUP -> new CompositionRule(Set.of(College.LIVED_EXPERIENCE), 1, 70);
            case STEERING_COMMITTEE ->
                new CompositionRule(Set.of(College.DECISION_MAKERS, College.LIVED_EXPERIENCE), 1, 75);
        };
    }

    /** Whether every college of the platform is required (worded "the 3 colleges"). */
    public boolean requiresAllColleges() {
        return requiredColleges.size() == College.values().length;
    }

    /** Whether a college may make up everyone present. */
    public boolean hasShareLimit() {
        return maxSharePercent < 100;
    }

    /**
     * Whether some meeting can follow the rule at all: with a share limit, enough colleges must exist so that each
     * stays under it (three colleges can never all be at or under 33 %).
     */
    public boolean canBeMet() {
        return (long) maxSharePercent * College.values().length >= 100;
    }

    /**
     * Checks who is (or will be) there.
     *
     * @param presentByCollege people per college; a missing college counts 0; people without a college are left out
     */
    public CompositionCheck check(Map<College, Long> presentByCollege) {
        Map<College, Long> counts = new EnumMap<>(College.class);
        for (College college : College.values()) {
            Long n = presentByCollege == null ? null : presentByCollege.get(college);
            counts.put(college, n == null ? 0L : n);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<CompositionCheck.Problem> problems = new ArrayList<>();
        for (College college : requiredColleges) {
            long n = counts.get(college);
            if (n == 0) {
                problems.add(
                        new CompositionCheck.Problem(CompositionCheck.Kind.MISSING_COLLEGE, college, 0, minPerCollege));
            } else if (n < minPerCollege) {
                problems.add(new CompositionCheck.Problem(CompositionCheck.Kind.TOO_FEW, college, n, minPerCollege));
            }
        }
        for (College college : College.values()) {
            long n = counts.get(college);
            // integer arithmetic: exactly the limit is allowed, anything above is not
            if (n > 0 && n * 100 > (long) maxSharePercent * total) {
                problems.add(new CompositionCheck.Problem(CompositionCheck.Kind.DOMINANT, college, n, maxSharePercent));
            }
        }
        // the most serious first: missing colleges, then too few, then dominance; colleges in their usual order
        problems.sort(
                Comparator.comparing(CompositionCheck.Problem::kind).thenComparing(CompositionCheck.Problem::college));
        return new CompositionCheck(problems.isEmpty(), problems, total, counts);
    }
}
