package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.util.*;

/** TEMPORARY stub, replaced by the meeting-rules branch. */
public record CompositionRule(Set<College> requiredColleges, int minPerCollege, int maxSharePercent) {

    public CompositionCheck check(Map<College, Long> presentByCollege) {
        long total = presentByCollege.values().stream().mapToLong(Long::longValue).sum();
        List<CompositionCheck.Problem> problems = new ArrayList<>();
        for (College c : requiredColleges) {
            long n = presentByCollege.getOrDefault(c, 0L);
            if (n == 0) problems.add(new CompositionCheck.Problem(CompositionCheck.Kind.MISSING_COLLEGE, c, 0, minPerCollege));
            else if (n < minPerCollege) problems.add(new CompositionCheck.Problem(CompositionCheck.Kind.TOO_FEW, c, n, minPerCollege));
        }
        presentByCollege.forEach((c, n) -> {
            if (total > 0 && n * 100 > (long) maxSharePercent * total) {
                problems.add(new CompositionCheck.Problem(CompositionCheck.Kind.DOMINANT, c, n, maxSharePercent));
            }
        });
        return new CompositionCheck(problems.isEmpty(), problems, total, presentByCollege);
    }
}
