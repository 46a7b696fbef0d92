package coop.faireavec.experiment;

import coop.faireavec.meeting.CompositionRule;
import coop.faireavec.participation.College;
import java.time.LocalDate;
import java.util.List;

/**
 * What a phase-3 step about one lead needs from this module: the lead's title (cards and pages say which experiment
 * a step is about), who may be in the team and the working-group rule the team follows, and the experiment once
 * planned (its plan to start from when adjusting, its active indicators for observations).
 *
 * @param experiment the planned experiment, or null before its first plan
 * @param candidates members of the experimentation with a college, by name
 * @param colleges the experimentation's colleges, in order (enum names)
 * @param today the platform's today (an observation is not about a day to come)
 */
public record ExperimentStepInfo(
        long leadId,
        String leadTitle,
        ExperimentView experiment,
        List<Candidate> candidates,
        CompositionRule teamRule,
        List<String> colleges,
        LocalDate today) {

    /** A member who may be chosen for the team. */
    public record Candidate(long personId, String name, College college) {}

    /** The college of a candidate, or null when that person may not be in the team. */
    public College collegeOf(long personId) {
        return candidates.stream()
                .filter(c -> c.personId() == personId)
                .map(Candidate::college)
                .findFirst()
                .orElse(null);
    }
}
