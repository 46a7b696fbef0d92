package coop.faireavec.ui;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering committee's page of one experimentation: every decision, per phase, with its requests, their answers
 * and the report version it was about. For the committee, the carriers and administrators.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeDecisions {

    private final ExperimentationService experimentations;
    private final ReviewService reviews;
    private final AccessGuard guard;
    private final PeopleService people;

    CommitteeDecisions(
            ExperimentationService experimentations, ReviewService reviews, AccessGuard guard, PeopleService people) {
        this.experimentations = experimentations;
        this.reviews = reviews;
        this.guard = guard;
        this.people = people;
    }

    /** The decisions on one phase, newest first. */
    public record PhaseDecisions(Phase phase, List<ReviewService.Decision> decisions) {}

    /**
     * What the page shows.
     *
     * @param phases the phases that have decisions, in the method's order, each with its decisions newest first
     * @param names the names of the committee members who decided and of the people who answered, by person id
     *     (committee members are public figures)
     */
    public record Page(Experimentation experimentation, List<PhaseDecisions> phases, Map<Long, String> names) {}

    /**
     * The committee's decisions on that experimentation.
     *
     * @throws AccessDeniedException (403) for anyone but its committee, its carriers and administrators
     * @throws coop.faireavec.shared.NotFoundException (404) for an unknown experimentation
     */
    public Page page(Viewer viewer, long experimentationId) {
        Experimentation e = experimentations.get(viewer, experimentationId);
        guard.requireRole(viewer, experimentationId, ExperimentationRole.COMMITTEE, ExperimentationRole.CARRIER);
        List<ReviewService.Decision> all = reviews.decisionsOf(experimentationId);
        List<PhaseDecisions> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<ReviewService.Decision> mine = all.stream()
                    .filter(d -> phase.name().equals(d.review().getPhase()))
                    .toList();
            if (!mine.isEmpty()) {
                phases.add(new PhaseDecisions(phase, mine));
            }
        }
        Set<Long> ids = new HashSet<>();
        for (ReviewService.Decision d : all) {
            ids.add(d.review().getReviewerId());
            d.requests().forEach(r -> {
                if (r.getAnsweredBy() != null) ids.add(r.getAnsweredBy());
            });
        }
        Map<Long, String> names =
                people.byIds(ids).values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        return new Page(e, phases, names);
    }
}
