package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link CompositionRule} says about who is there: whether it holds, and each problem found.
 *
 * @param problems the most serious first: missing colleges, then too few, then dominance
 * @param counts   people per college, every college present as a key (0 when nobody)
 */
public record CompositionCheck(boolean holds, List<Problem> problems, long total, Map<College, Long> counts) {

    public CompositionCheck {
        problems = List.copyOf(problems);
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(College.class) : new EnumMap<>(counts));
    }

    public enum Kind {
        /** A required college has nobody. */
        MISSING_COLLEGE,
        /** A required college has some people, fewer than the minimum ({@code limit}). */
        TOO_FEW,
        /** One college makes up more than the largest share allowed ({@code limit}, in %). */
        DOMINANT
    }

    /**
     * @param count people of that college
     * @param limit the minimum per college (MISSING_COLLEGE, TOO_FEW) or the largest share in % (DOMINANT)
     */
    public record Problem(Kind kind, College college, long count, int limit) {}

    /** The college's share of the people counted, in whole percent (rounded), 0 when nobody is there. */
    public int sharePercent(College college) {
        long n = counts.getOrDefault(college, 0L);
        return total == 0 ? 0 : (int) Math.round(n * 100.0 / total);
    }
}
