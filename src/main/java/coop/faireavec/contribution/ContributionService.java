package coop.faireavec.contribution;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads contributions. Callers check access to the experimentation first. */
@Service
@Transactional(readOnly = true)
public class ContributionService {

    private final ContributionRepository contributions;

    ContributionService(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    @Transactional
    public Contribution record(NewContribution contribution) {
        return contributions.save(new Contribution(contribution));
    }

    public List<Contribution> ofPhase(long experimentationId, String phase) {
        return contributions.findByExperimentationIdAndPhaseOrderByCreatedAtAscIdAsc(experimentationId, phase);
    }

    public List<Contribution> ofExperimentation(long experimentationId) {
        return contributions.findByExperimentationIdOrderByCreatedAtAscIdAsc(experimentationId);
    }

    /** What was submitted when that step was completed. */
    public List<Contribution> ofTask(String taskId) {
        return contributions.findByTaskId(taskId);
    }

    /** What this person sent lately (newest first), to find the steps they completed. */
    public List<Contribution> recentlyRecordedBy(long personId) {
        return contributions.findTop30ByRecordedByIdOrderByCreatedAtDescIdDesc(personId);
    }

    /** The latest contribution of a step in a phase (e.g. the synthesis the colleges now validate). */
    public Optional<Contribution> latest(long experimentationId, String phase, String stepKey) {
        return ofPhase(experimentationId, phase).stream().filter(c -> c.getStepKey().equals(stepKey))
                .max(Comparator.comparing(Contribution::getCreatedAt).thenComparing(Contribution::getId));
    }
}
