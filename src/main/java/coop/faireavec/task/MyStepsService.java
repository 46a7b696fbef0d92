package coop.faireavec.task;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.task.kind.StepKinds;
import java.util.*;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My next steps": the open steps of a person across experimentations, in groups (the ones they took, the ones
 * anyone of their college or role may take, and for an allowed practitioner the ones they may fill in with someone
 * else), taking and giving back a step, and what a completed step stored.
 *
 * <p>A step someone took leaves the list of the other people it is offered to, so nobody does it twice; only the
 * carriers of that experimentation still see it ("pris par ...") so that they can give it back if it stalls.
 */
@Service
@Transactional(readOnly = true)
public class MyStepsService {

    private final WorkflowEngine workflow;
    private final StepService steps;
    private final MembershipService memberships;
    private final ExperimentationService experimentations;
    private final ContributionService contributions;
    private final PeopleService people;
    private final AccessGuard guard;

    MyStepsService(WorkflowEngine workflow, StepService steps, MembershipService memberships,
                   ExperimentationService experimentations, ContributionService contributions, PeopleService people,
                   AccessGuard guard) {
        this.workflow = workflow;
        this.steps = steps;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.contributions = contributions;
        this.people = people;
        this.guard = guard;
    }

    /** One step as a card: where it belongs, who holds it (null when nobody), whether the viewer may give it back. */
    public record StepCard(StepView step, Experimentation experimentation, Phase phase, String takenBy,
                           boolean canGiveBack) {
    }

    /**
     * The /tasks page: steps I took, steps I may take, steps others took in experimentations I carry; the
     * experimentations I can filter on, and the one chosen (null for all).
     */
    public record Board(List<StepCard> mine, List<StepCard> available, List<StepCard> takenByOthers,
                        List<StepCard> forSomeone, List<DoneLink> recentlyDone, List<Experimentation> experimentations,
                        Long selected) {

        public boolean isEmpty() {
            return mine.isEmpty() && available.isEmpty() && takenByOthers.isEmpty() && forSomeone.isEmpty();
        }
    }

    public Board board(Viewer viewer, Long experimentationId) {
        Map<Long, Experimentation> visible = new LinkedHashMap<>();
        experimentations.visibleTo(viewer).forEach(e -> visible.put(e.getId(), e));
        String me = viewer.engineUserId();
        Set<String> myGroups = memberships.candidateGroupsOf(viewer.personId());
        List<StepView> all = workflow.openStepsIncludingClaimed(myGroups, me)
                .stream().filter(s -> visible.containsKey(s.experimentationId()))
                .filter(s -> experimentationId == null || experimentationId == s.experimentationId())
                .toList();
        Set<Long> carried = visible.keySet().stream()
                .filter(id -> guard.hasRole(viewer, id, ExperimentationRole.CARRIER)).collect(Collectors.toSet());
        List<StepCard> forSomeone = stepsToFillInForSomeone(viewer, visible, carried, myGroups, experimentationId);
        Map<Long, String> names = namesOfAssignees(all);
        List<StepCard> mine = new ArrayList<>();
        List<StepCard> available = new ArrayList<>();
        List<StepCard> others = new ArrayList<>();
        for (StepView s : all) {
            Experimentation e = visible.get(s.experimentationId());
            Phase phase = Phase.ofProcessKey(s.processKey());
            boolean carrier = carried.contains(s.experimentationId());
            switch (StepAccess.Holder.of(s, me)) {
                case ME -> mine.add(new StepCard(s, e, phase, null, true));
                case NOBODY -> available.add(new StepCard(s, e, phase, null, false));
                case OTHER -> {
                    if (carrier) {
                        others.add(new StepCard(s, e, phase, names.get(StepService.personIdOf(s.assignee())), true));
                    }
                }
            }
        }
        Comparator<StepCard> byDue = Comparator.comparing((StepCard c) -> c.step().due(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        mine.sort(byDue);
        available.sort(byDue);
        others.sort(byDue);
        List<DoneLink> done = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Contribution c : contributions.recentlyRecordedBy(viewer.personId())) {
            if (c.getTaskId() != null && visible.containsKey(c.getExperimentationId()) && seen.add(c.getTaskId())
                    && (experimentationId == null || experimentationId.equals(c.getExperimentationId()))
                    && done.size() < RECENTLY_DONE) {
                done.add(new DoneLink(c.getTaskId(), processKeyOf(c.getPhase()), c.getStepKey(),
                        visible.get(c.getExperimentationId()), c.getCreatedAt()));
            }
        }
        return new Board(mine, available, others, forSomeone, done, List.copyOf(visible.values()), experimentationId);
    }

    /**
     * For a practitioner a carrier allowed to record for others: the open steps of the other colleges (and of all
     * participants) nobody took yet, which they may fill in with a person who has no account. Carriers see those
     * steps already (they are offered to them); meeting steps and the committee's review are not filled in for
     * someone.
     */
    private List<StepCard> stepsToFillInForSomeone(Viewer viewer, Map<Long, Experimentation> visible,
                                                   Set<Long> carried, Set<String> myGroups, Long experimentationId) {
        Set<String> groups = new TreeSet<>();
        for (Long id : visible.keySet()) {
            if (!carried.contains(id) && (experimentationId == null || experimentationId.equals(id))
                    && memberships.mayRecordForOthers(viewer.personId(), id)) {
                for (College college : College.values()) {
                    groups.add(ProcessConstants.collegeGroup(id, college.name()));
                }
                groups.add(ProcessConstants.roleGroup(id, ExperimentationRole.PARTICIPANT.name()));
            }
        }
        groups.removeAll(myGroups);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<StepCard> cards = new ArrayList<>();
        for (StepView s : workflow.openStepsIncludingClaimed(groups, null)) {
            if (s.assignee() == null && visible.containsKey(s.experimentationId())
                    && StepKinds.of(s.formKey()).recordableForOthers()
                    && Collections.disjoint(s.candidateGroups(), myGroups)) {
                cards.add(new StepCard(s, visible.get(s.experimentationId()), Phase.ofProcessKey(s.processKey()),
                        null, false));
            }
        }
        cards.sort(Comparator.comparing((StepCard c) -> c.step().due(), Comparator.nullsLast(Comparator.naturalOrder())));
        return cards;
    }

    static final int RECENTLY_DONE = 5;

    /** A step I completed lately, linking to what was sent; processKey names it per phase (null if unknown). */
    public record DoneLink(String taskId, String processKey, String stepKey, Experimentation experimentation,
                           java.time.Instant at) {
    }

    /** "Je m'en occupe": only someone the step is offered to (403); a step held by someone else is a 409. */
    @Transactional
    public StepView claim(Viewer viewer, String taskId) {
        StepView step = steps.step(viewer, taskId);
        workflow.claim(step.id(), viewer.engineUserId());
        return step;
    }

    /** "Je laisse": the person holding the step, or a carrier of its experimentation, gives it back. */
    @Transactional
    public StepView giveBack(Viewer viewer, String taskId) {
        StepView step = workflow.step(taskId).orElseThrow(() -> new NotFoundException("step", taskId));
        boolean holder = viewer.engineUserId().equals(step.assignee());
        if (!holder && !guard.hasRole(viewer, step.experimentationId(), ExperimentationRole.CARRIER)) {
            throw new AccessDeniedException("only the person holding the step or a carrier may give it back");
        }
        if (step.assignee() != null) {
            workflow.unclaim(step.id());
        }
        return step;
    }

    /** What a completed step stored, with the names of who said it and who typed it. */
    public record DoneStep(String taskId, Experimentation experimentation, Phase phase, String stepKey,
                           List<Contribution> contributions, Map<Long, String> names) {
    }

    /** A completed step's contributions; members of that experimentation only (403), unknown or empty step 404. */
    public DoneStep done(Viewer viewer, String taskId) {
        List<Contribution> stored = contributions.ofTask(taskId);
        if (stored.isEmpty()) {
            throw new NotFoundException("completed step", taskId);
        }
        Contribution first = stored.get(0);
        guard.requireMember(viewer, first.getExperimentationId());
        Set<Long> ids = new HashSet<>();
        stored.forEach(c -> {
            if (c.getAuthorId() != null) ids.add(c.getAuthorId());
            ids.add(c.getRecordedById());
        });
        Map<Long, String> names = people.byIds(ids).values().stream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        Phase phase = phaseNamed(first.getPhase());
        return new DoneStep(taskId, experimentations.get(viewer, first.getExperimentationId()), phase,
                first.getStepKey(), stored, names);
    }

    private Map<Long, String> namesOfAssignees(List<StepView> list) {
        Set<Long> ids = list.stream().map(StepView::assignee).filter(Objects::nonNull)
                .map(StepService::personIdOf).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            people.byIds(ids).values().forEach(p -> names.put(p.getId(), p.getDisplayName()));
        }
        return names;
    }

    private static Phase phaseNamed(String name) {
        return Arrays.stream(Phase.values()).filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static String processKeyOf(String phaseName) {
        Phase phase = phaseNamed(phaseName);
        return phase == null ? null : phase.processKey();
    }
}
