package coop.faireavec.task;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.decision.Grade;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MinutesService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.FinishedStep;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.AlreadyDoneException;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.task.kind.StepKinds;
import coop.faireavec.validation.CollectiveValidationService;
import coop.faireavec.vote.VoteService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final ReviewService reviews;
    private final CollectiveValidationService validations;
    private final VoteService votes;
    private final ActionLeadService leads;

    MyStepsService(
            WorkflowEngine workflow,
            StepService steps,
            MembershipService memberships,
            ExperimentationService experimentations,
            ContributionService contributions,
            PeopleService people,
            AccessGuard guard,
            MeetingService meetings,
            MinutesService minutes,
            ReviewService reviews,
            CollectiveValidationService validations,
            VoteService votes,
            ActionLeadService leads) {
        this.votes = votes;
        this.leads = leads;
        this.validations = validations;
        this.reviews = reviews;
        this.meetings = meetings;
        this.minutes = minutes;
        this.workflow = workflow;
        this.steps = steps;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.contributions = contributions;
        this.people = people;
        this.guard = guard;
    }

    /**
     * One step as a card: where it belongs, who holds it (null when nobody), whether the viewer may give it back;
     * for a step shared by every member ({@code shared}), whether the viewer already did their part.
     */
    public record StepCard(
            StepView step,
            Experimentation experimentation,
            Phase phase,
            String takenBy,
            boolean canGiveBack,
            boolean shared,
            boolean partDone) {

        StepCard(StepView step, Experimentation experimentation, Phase phase, String takenBy, boolean canGiveBack) {
            this(step, experimentation, phase, takenBy, canGiveBack, false, false);
        }
    }

    /**
     * The /tasks page: steps I took, steps I may take, steps others took in experimentations I carry; the
     * experimentations I can filter on, and the one chosen (null for all); for a carrier, the colleges' own steps
     * nobody took yet ({@code collegesSteps}), which are their members' to take and which the carrier may only fill
     * in with one of them.
     */
    public record Board(
            List<StepCard> mine,
            List<StepCard> available,
            List<StepCard> takenByOthers,
            List<StepCard> forSomeone,
            List<DoneLink> recentlyDone,
            List<Experimentation> experimentations,
            Long selected,
            List<MeetingToDo> minutesToValidate,
            List<MeetingToDo> repliesAwaited,
            List<StepCard> collegesSteps) {

        public boolean isEmpty() {
            return mine.isEmpty()
                    && available.isEmpty()
                    && takenByOthers.isEmpty()
                    && forSomeone.isEmpty()
                    && minutesToValidate.isEmpty()
                    && repliesAwaited.isEmpty()
                    && collegesSteps.isEmpty();
        }
    }

    /**
     * Something a meeting asks of the viewer, done on the meeting's page: validate its minutes for their college,
     * or say whether they come.
     */
    public record MeetingToDo(Meeting meeting, Experimentation experimentation) {}

    /**
     * How many things wait for the viewer (the dashboard's count): the open steps offered to them or that they
     * took, the minutes waiting for their college, and the coming meetings they have not answered.
     */
    public long countToDo(Viewer viewer) {
        Set<Long> visible = new HashSet<>();
        experimentations.visibleTo(viewer).forEach(e -> visible.add(e.getId()));
        return steps.countMySteps(viewer)
                + minutesToValidate(viewer, visible).size()
                + repliesAwaited(viewer, visible).size();
    }

    private List<Meeting> minutesToValidate(Viewer viewer, Set<Long> visible) {
        return minutes.awaitingMyCollege(viewer).stream()
                .filter(m -> visible.contains(m.getExperimentationId()))
                .toList();
    }

    private List<Meeting> repliesAwaited(Viewer viewer, Set<Long> visible) {
        return meetings.upcomingFor(viewer).stream()
                .filter(i -> i.reply() == null
                        && !i.meeting().isCancelled()
                        && visible.contains(i.meeting().getExperimentationId()))
                .map(MeetingService.Invitation::meeting)
                .toList();
    }

    private static List<MeetingToDo> toDos(
            List<Meeting> list, Map<Long, Experimentation> visible, Long experimentationId) {
        return list.stream()
                .filter(m -> experimentationId == null || experimentationId.equals(m.getExperimentationId()))
                .map(m -> new MeetingToDo(m, visible.get(m.getExperimentationId())))
                .toList();
    }

    public Board board(Viewer viewer, Long experimentationId) {
        Map<Long, Experimentation> visible = new LinkedHashMap<>();
        experimentations.visibleTo(viewer).forEach(e -> visible.put(e.getId(), e));
        String me = viewer.engineUserId();
        Set<String> myGroups = memberships.candidateGroupsOf(viewer.personId());
        List<StepView> all = workflow.openStepsIncludingClaimed(myGroups, me).stream()
                .filter(s -> visible.containsKey(s.experimentationId()))
                .filter(s -> experimentationId == null || experimentationId == s.experimentationId())
                .toList();
        // the viewer's memberships read once (with their roles), not one read per experimentation
        Map<Long, Membership> byExperimentation = memberships.membershipsOf(viewer.personId()).stream()
                .collect(Collectors.toMap(Membership::getExperimentationId, m -> m, (a, b) -> a));
        Set<Long> carried = visible.keySet().stream()
                .filter(id -> byExperimentation.containsKey(id)
                        && byExperimentation.get(id).has(ExperimentationRole.CARRIER))
                .collect(Collectors.toSet());
        Set<Long> recordingForOthers = visible.keySet().stream()
                .filter(id -> byExperimentation.containsKey(id)
                        && (byExperimentation.get(id).has(ExperimentationRole.CARRIER)
                                || byExperimentation.get(id).isMayRecordForOthers()))
                .collect(Collectors.toSet());
        List<StepCard> forSomeone =
                stepsToFillInForSomeone(visible, carried, recordingForOthers, myGroups, experimentationId);
        Map<Long, String> names = namesOfAssignees(all);
        List<StepCard> mine = new ArrayList<>();
        List<StepCard> available = new ArrayList<>();
        List<StepCard> others = new ArrayList<>();
        List<StepCard> collegesSteps = new ArrayList<>();
        for (StepView s : all) {
            Experimentation e = visible.get(s.experimentationId());
            Phase phase = Phase.ofProcessKey(s.processKey());
            boolean carrier = carried.contains(s.experimentationId());
            switch (StepAccess.Holder.of(s, me)) {
                case ME -> mine.add(new StepCard(s, e, phase, null, true));
                case NOBODY -> {
                    if (StepService.offeredTo(s, myGroups, false)) {
                        available.add(
                                StepKinds.of(s.formKey()).sharedByMembers()
                                        ? new StepCard(s, e, phase, null, false, true, steps.partDone(viewer, s))
                                        : new StepCard(s, e, phase, null, false));
                    } else if (carrier) {
                        // a college's own step: its members take it; the carrier helps and may fill it in with one
                        collegesSteps.add(new StepCard(s, e, phase, null, false));
                    }
                }
                case OTHER -> {
                    if (carrier) {
                        others.add(new StepCard(s, e, phase, names.get(StepService.personIdOf(s.assignee())), true));
                    }
                }
            }
        }
        Comparator<StepCard> byDue =
                Comparator.comparing((StepCard c) -> c.step().due(), Comparator.nullsLast(Comparator.naturalOrder()));
        mine.sort(byDue);
        available.sort(byDue);
        others.sort(byDue);
        collegesSteps.sort(byDue);
        List<DoneLink> done = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Contribution c : contributions.recentlyRecordedBy(viewer.personId())) {
            if (c.getTaskId() != null
                    && visible.containsKey(c.getExperimentationId())
                    && seen.add(c.getTaskId())
                    && (experimentationId == null || experimentationId.equals(c.getExperimentationId()))
                    && done.size() < RECENTLY_DONE) {
                done.add(new DoneLink(
                        c.getTaskId(),
                        processKeyOf(c.getPhase()),
                        c.getStepKey(),
                        visible.get(c.getExperimentationId()),
                        c.getCreatedAt()));
            }
        }
        return new Board(
                mine,
                available,
                others,
                forSomeone,
                done,
                List.copyOf(visible.values()),
                experimentationId,
                toDos(minutesToValidate(viewer, visible.keySet()), visible, experimentationId),
                toDos(repliesAwaited(viewer, visible.keySet()), visible, experimentationId),
                collegesSteps);
    }

    /**
     * For a practitioner a carrier allowed to record for others: the open steps of the other colleges (and of all
     * participants) nobody took yet, which they may fill in with a person who has no account. Carriers see those
     * steps already (they are offered to them); meeting steps and the committee's review are not filled in for
     * someone.
     */
    private List<StepCard> stepsToFillInForSomeone(
            Map<Long, Experimentation> visible,
            Set<Long> carried,
            Set<Long> recordingForOthers,
            Set<String> myGroups,
            Long experimentationId) {
        Set<String> groups = new TreeSet<>();
        for (Long id : visible.keySet()) {
            if (!carried.contains(id)
                    && (experimentationId == null || experimentationId.equals(id))
                    && recordingForOthers.contains(id)) {
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
            if (s.assignee() == null
                    && visible.containsKey(s.experimentationId())
                    && StepKinds.of(s.formKey()).recordableForOthers()
                    && Collections.disjoint(s.candidateGroups(), myGroups)) {
                cards.add(new StepCard(
                        s, visible.get(s.experimentationId()), Phase.ofProcessKey(s.processKey()), null, false));
            }
        }
        cards.sort(
                Comparator.comparing((StepCard c) -> c.step().due(), Comparator.nullsLast(Comparator.naturalOrder())));
        return cards;
    }

    static final int RECENTLY_DONE = 5;

    /** A step I completed lately, linking to what was sent; processKey names it per phase (null if unknown). */
    public record DoneLink(
            String taskId, String processKey, String stepKey, Experimentation experimentation, java.time.Instant at) {}

    /**
     * "Je m'en occupe": only someone the step is offered to ({@link StepAccess#mayClaim()}); a step held by someone
     * else, or a step shared by every member, is a 409.
     *
     * @throws AccessDeniedException (403) for anyone else, also for a carrier or an allowed practitioner who may only
     *     fill the step in for a member (a college's own step is its members' to take)
     * @throws NotFoundException (404) for a step that is not open
     * @throws ConflictException (409) for a step shared by every member ({@code conflict.sharedStep})
     */
    @Transactional
    public StepView claim(Viewer viewer, String taskId) {
        StepView step = steps.step(viewer, taskId);
        if (!steps.access(viewer, step).mayClaim()) {
            throw new AccessDeniedException("only someone the step is offered to may take it");
        }
        if (StepKinds.of(step.formKey()).sharedByMembers()) {
            // every member does their own part of it: nobody takes it away from the others
            throw new ConflictException("conflict.sharedStep");
        }
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

    /**
     * What a finished step stored, with the names of who said it and who typed it. {@code finished} is what the
     * engine's history remembers (null for a step known only by its contributions); {@code heldBy} the name of the
     * person who held it when it ended (null if nobody took it); {@code meetingId} the meeting that served it, if any;
     * {@code decision} the committee's decision stored with it, with its requests and their answers (null for other
     * steps); its reviewer's and answerers' names are in {@code names}; {@code validation} a collective validation's
     * result (each college's position, the objections, the carrier's closing reason), null for other steps; for a
     * vote, the viewer's OWN answers ({@code ownGrades}, empty when they did not vote or for other steps); for an
     * action plan, the titles of the leads it kept ({@code selectedLeads}, empty for other steps).
     */
    public record DoneStep(
            String taskId,
            Experimentation experimentation,
            Phase phase,
            String stepKey,
            List<Contribution> contributions,
            Map<Long, String> names,
            FinishedStep finished,
            String heldBy,
            Long meetingId,
            ReviewService.Decision decision,
            CollectiveValidationService.View validation,
            List<OwnGrade> ownGrades,
            List<String> selectedLeads) {

        /**
         * One answer of the viewer's own ballot on a done vote (nobody else's is ever shown).
         *
         * @param lead the lead's title
         * @param grade the viewer's answer
         */
        public record OwnGrade(String lead, Grade grade) {}

        /** True when the flow went on without this step (nobody completed it): nothing more is asked. */
        public boolean withdrawn() {
            return finished != null && !finished.completed();
        }
    }

    /**
     * A finished step: what it stored, and from the engine's history when it ended and who held it. Open to every
     * member of its experimentation (everyone the step was offered to is one; the history does not keep the
     * candidate groups), 403 for anyone else; the committee's review only to its committee, carriers and
     * administrators, as its decisions page (the members read an approved decision on the phase's results page);
     * a step still open, unknown or of no experimentation is a 404. A step
     * known by what it stored (contributions, a committee decision) opens even when the engine's history no longer
     * has it or has no experimentation for it.
     */
    public DoneStep done(Viewer viewer, String taskId) {
        List<Contribution> stored = contributions.ofTask(taskId);
        FinishedStep finished = workflow.finishedStep(taskId).orElse(null);
        ReviewService.Decision decision = reviews.decisionOfStep(taskId).orElse(null);
        long experimentationId;
        if (!stored.isEmpty()) {
            experimentationId = stored.get(0).getExperimentationId();
        } else if (decision != null) {
            experimentationId = decision.review().getExperimentationId();
        } else if (finished != null && finished.experimentationId() >= 0) {
            experimentationId = finished.experimentationId();
        } else {
            throw new NotFoundException("completed step", taskId);
        }
        guard.requireMember(viewer, experimentationId);
        String stepKey = !stored.isEmpty()
                ? stored.get(0).getStepKey()
                : finished != null ? finished.taskKey() : ProcessConstants.TASK_COMMITTEE_REVIEW;
        if (decision != null || ProcessConstants.TASK_COMMITTEE_REVIEW.equals(stepKey)) {
            // the committee's review reads as its decisions page does (committee, carriers, administrators); every
            // member reads the approved decision on the phase's results page
            guard.requireRole(viewer, experimentationId, ExperimentationRole.COMMITTEE, ExperimentationRole.CARRIER);
        }
        Set<Long> ids = new HashSet<>();
        if (decision != null) {
            ids.add(decision.review().getReviewerId());
            decision.requests().forEach(r -> {
                if (r.getAnsweredBy() != null) ids.add(r.getAnsweredBy());
            });
        }
        stored.forEach(c -> {
            if (c.getAuthorId() != null) ids.add(c.getAuthorId());
            ids.add(c.getRecordedById());
        });
        Long holder = finished == null ? null : StepService.personIdOf(finished.assignee());
        if (holder != null) {
            ids.add(holder);
        }
        Map<Long, String> names =
                people.byIds(ids).values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        String phaseName = !stored.isEmpty()
                ? stored.get(0).getPhase()
                : decision != null ? decision.review().getPhase() : null;
        Phase phase = phaseName != null
                ? phaseNamed(phaseName)
                : finished == null ? null : Phase.ofProcessKey(finished.processKey());
        Long meetingId = meetings.forStep(taskId).map(Meeting::getId).orElse(null);
        return new DoneStep(
                taskId,
                experimentations.get(viewer, experimentationId),
                phase,
                stepKey,
                stored,
                names,
                finished,
                holder == null ? null : names.get(holder),
                meetingId,
                decision,
                validations.ofTask(taskId).orElse(null),
                ownGrades(viewer, taskId, experimentationId, stepKey),
                ProcessConstants.TASK_WRITE_ACTION_PLAN.equals(stepKey)
                        ? leads.ofExperimentation(experimentationId).stream()
                                .filter(ActionLead::isSelected)
                                .map(ActionLead::getTitle)
                                .toList()
                        : List.of());
    }

    /** The viewer's own answers on a done vote, lead by lead (only theirs: ballots are secret). */
    private List<DoneStep.OwnGrade> ownGrades(Viewer viewer, String taskId, long experimentationId, String stepKey) {
        if (!ProcessConstants.TASK_PRIORITISATION_VOTE.equals(stepKey)) {
            return List.of();
        }
        Map<Long, Grade> own = votes.ownGrades(taskId, viewer.personId());
        if (own.isEmpty()) {
            return List.of();
        }
        return leads.ofExperimentation(experimentationId).stream()
                .filter(l -> own.containsKey(l.getId()))
                .map(l -> new DoneStep.OwnGrade(l.getTitle(), own.get(l.getId())))
                .toList();
    }

    /**
     * Refuses a form sent to a step that is no longer open (a second click, or someone else did it at the same
     * moment): who completed it, from the engine's history (the person it was given to when completed) or else who
     * typed what it stored, and when it ended. Does nothing while the step is open.
     *
     * @param viewer who sent the form; a member of the step's experimentation sees who and when
     * @param taskId the step's engine task id
     * @throws AlreadyDoneException (409) when the step is finished, with a link to its done page
     * @throws AccessDeniedException (403) for someone who is not a member of its experimentation
     */
    public void refuseIfFinished(Viewer viewer, String taskId) {
        if (!isFinished(taskId)) {
            return;
        }
        DoneStep done = done(viewer, taskId);
        String by = done.heldBy();
        if (by == null && !done.contributions().isEmpty()) {
            by = done.names().get(done.contributions().get(0).getRecordedById());
        }
        throw new AlreadyDoneException(
                by, done.finished() == null ? null : done.finished().ended(), "/tasks/done/" + taskId);
    }

    /** Whether this step is no longer open but the engine remembers it (its links then lead to {@link #done}). */
    public boolean isFinished(String taskId) {
        return !workflow.isOpen(taskId) && workflow.finishedStep(taskId).isPresent();
    }

    private Map<Long, String> namesOfAssignees(List<StepView> list) {
        Set<Long> ids = list.stream()
                .map(StepView::assignee)
                .filter(Objects::nonNull)
                .map(StepService::personIdOf)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            people.byIds(ids).values().forEach(p -> names.put(p.getId(), p.getDisplayName()));
        }
        return names;
    }

    private static Phase phaseNamed(String name) {
        return Arrays.stream(Phase.values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String processKeyOf(String phaseName) {
        Phase phase = phaseNamed(phaseName);
        return phase == null ? null : phase.processKey();
    }
}
