package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.util.List;
import java.util.Map;

/** TEMPORARY stub, replaced by the meeting-rules branch. */
public record CompositionCheck(boolean holds, List<Problem> problems, long total, Map<College, Long> counts) {
    public enum Kind { MISSING_COLLEGE, TOO_FEW, DOMINANT }
    public record Problem(Kind kind, College college, long count, int limit) { }
}
