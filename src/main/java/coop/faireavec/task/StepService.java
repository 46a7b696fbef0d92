package coop.faireavec.task;

import static coop.faireavec.process.ProcessConstants.collegeGroup;
import static coop.faireavec.process.ProcessConstants.roleGroup;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.actionlead.NewLead;
import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.decision.Grade;
import coop.faireavec.experiment.ExperimentPlan;
import coop.faireavec.experiment.ExperimentService;
import coop.faireavec.experiment.ExperimentStepInfo;
import coop.faireavec.experiment.ObservationForm;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.report.ReportService;
import coop.faireavec.review.NewReviewRequest;
import coop.faireavec.review.ObjectionAnswer;
import coop.faireavec.review.ReviewRequest;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.task.kind.Agreement;
import coop.faireavec.task.kind.StepContext;
import coop.faireavec.task.kind.StepKind;
import coop.faireavec.task.kind.StepKinds;
import coop.faireavec.validation.CollectiveValidationService;
import coop.faireavec.vote.VoteService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's steps (the engine's user tasks), what they may do with one ({@link StepAccess}, decided here only) and
 * completing one through its {@link StepKind}. Access: a step is open to the members whose candidate groups (derived
 * from their memberships) it is offered to, and to those who may fill it in for one of them. What people write goes
 * to app tables; the engine only gets the flags its gateways need.
 */
@Service
@Transactional(readOnly = true)
public class StepService {

    private final WorkflowEngine workflow;
    private final MembershipService memberships;
    private final ReviewService reviews;
    private final ContributionService contributions;
    private final ActionLeadService leads;
    private final ExperimentationService experimentations;
    private final PeopleService people;
    private final ReportService reports;
    private final Clock clock;
    private final ExperimentService experiments;
    private final CollectiveValidationService validations;
    private final VoteService votes;

    StepService(
            WorkflowEngine workflow,
            MembershipService memberships,
            ReviewService reviews,
            ContributionService contributions,
            ActionLeadService leads,
            ExperimentationService experimentations,
            PeopleService people,
            ReportService reports,
            Clock clock,
            ExperimentService experiments,
            CollectiveValidationService validations,
            VoteService votes) {
        this.votes = votes;
        this.validations = validations;
        this.clock = clock;
        this.reports = reports;
        this.experiments = experiments;
        this.workflow = workflow;
        this.memberships = memberships;
        this.reviews = reviews;
        this.contributions = contributions;
        this.leads = leads;
        this.experimentations = experimentations;
        this.people = people;
    }

    /** The open steps offered to the viewer and not taken by someone else, oldest first. */
    public List<StepView> mySteps(Viewer viewer) {
        return workflow.openSteps(memberships.candidateGroupsOf(viewer.personId()), viewer.engineUserId());
    }

    /** How many steps {@link #mySteps} lists. */
    public long countMySteps(Viewer viewer) {
        return workflow.countOpenSteps(memberships.candidateGroupsOf(viewer.personId()), viewer.engineUserId());
    }

    /**
     * One open step, only for someone it is offered to, or for someone who may fill it in for a member it is offered
     * to (a carrier, or a practitioner a carrier allowed).
     *
     * @throws NotFoundException (404) for a step that is not open
     * @throws AccessDeniedException (403) for anyone else
     */
    public StepView step(Viewer viewer, String taskId) {
        StepView step = open(taskId);
        if (!access(viewer, step).mayOpen()) {
            throw new AccessDeniedException("step not offered to this person");
        }
        return step;
    }

    private StepView open(String taskId) {
        return workflow.step(taskId).orElseThrow(() -> new NotFoundException("step", taskId));
    }

    /**
     * What the viewer may do with this step: the one place that decides it (pages, completing, taking a step).
     * Recording for others: only someone a carrier allowed (or a carrier), only for kinds that allow it, and only for
     * the members it is offered to through their college or participant role (not the carriers, who facilitate, nor
     * the committee), the viewer excepted.
     *
     * @param viewer who asks
     * @param step an open step
     * @return the decision, never null
     */
    public StepAccess access(Viewer viewer, StepView step) {
        long exp = step.experimentationId();
        Set<String> mine = memberships.candidateGroupsOf(viewer.personId());
        StepAccess.Holder holder = StepAccess.Holder.of(step, viewer.engineUserId());
        boolean offered = offeredTo(step, mine, holder == StepAccess.Holder.ME);
        List<Long> recordable = List.of();
        if (StepKinds.of(step.formKey()).recordableForOthers()
                && memberships.mayRecordForOthers(viewer.personId(), exp)) {
            Set<String> groups = new HashSet<>(step.candidateGroups());
            groups.remove(roleGroup(exp, ExperimentationRole.CARRIER.name()));
            groups.remove(roleGroup(exp, ExperimentationRole.COMMITTEE.name()));
            recordable = memberships.peopleInGroups(exp, groups).stream()
                    .filter(id -> id != viewer.personId())
                    .toList();
        }
        String takenBy = null;
        if (holder == StepAccess.Holder.OTHER) {
            Long holderId = personIdOf(step.assignee());
            Person p = holderId == null ? null : people.byIds(Set.of(holderId)).get(holderId);
            takenBy = p == null ? step.assignee() : p.getDisplayName();
        }
        boolean carrier = memberships.rolesOf(viewer.personId(), exp).contains(ExperimentationRole.CARRIER);
        return new StepAccess(
                offered,
                recordable,
                holder,
                takenBy,
                step.assignedAt(),
                carrier,
                !collegeGroupsOf(step).isEmpty());
    }

    /**
     * Whether a step is offered to someone in these candidate groups (who holds it, when {@code holds}). A college's
     * own step (its candidate groups name a college, {@code exp-{id}-{college}}) is offered only to the members of
     * that college: the carriers' group beside it lets carriers see it, help, remind and record it for a member of
     * that college with consent, never complete or take it in their own name (issue 13, point 6). Any other step is
     * offered to its candidate groups, and to whoever holds it.
     *
     * @param step an open step
     * @param groups the person's candidate groups ({@link MembershipService#candidateGroupsOf})
     * @param holds whether the person holds the step
     * @return true when the step is the person's to do
     */
    static boolean offeredTo(StepView step, Set<String> groups, boolean holds) {
        Set<String> colleges = collegeGroupsOf(step);
        if (!colleges.isEmpty()) {
            return !Collections.disjoint(groups, colleges);
        }
        return holds || !Collections.disjoint(groups, step.candidateGroups());
    }

    /** The candidate groups of a step that name a college of its experimentation (empty: not a college's step). */
    static Set<String> collegeGroupsOf(StepView step) {
        Set<String> colleges = new HashSet<>();
        for (College college : College.values()) {
            String group = collegeGroup(step.experimentationId(), college.name());
            if (step.candidateGroups().contains(group)) {
                colleges.add(group);
            }
        }
        return colleges;
    }

    /** The person id in an engine user id ({@code person-42}), or null. */
    static Long personIdOf(String engineUserId) {
        if (engineUserId == null || !engineUserId.startsWith("person-")) {
            return null;
        }
        try {
            return Long.parseLong(engineUserId.substring("person-".length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The step and what its page shows around the form.
     *
     * @throws NotFoundException (404) for a step that is not open
     * @throws AccessDeniedException (403) for someone who may not open it
     */
    public StepPage page(Viewer viewer, String taskId) {
        StepView step = open(taskId);
        StepAccess access = access(viewer, step);
        if (!access.mayOpen()) {
            throw new AccessDeniedException("step not offered to this person");
        }
        StepKind<?> kind = StepKinds.of(step.formKey());
        long exp = step.experimentationId();
        Phase phase = Phase.ofProcessKey(step.processKey());
        List<Contribution> earlier = phase == null ? List.of() : contributions.ofPhase(exp, phase.name());
        if (step.leadId() != null) {
            earlier = earlier.stream()
                    .filter(c -> step.leadId().equals(c.getLeadId()))
                    .toList();
        }
        String toRead = kind.stepToRead(phase);
        Contribution toValidate = toRead == null || phase == null
                ? null
                : contributions.latest(exp, phase.name(), toRead).orElse(null);
        List<ActionLead> leadList =
                kind.showsLeads() && phase == Phase.ACTION_LEADS ? leads.ofExperimentation(exp) : List.of();
        ActionLead lead = step.leadId() == null ? null : leads.get(step.leadId());
        Set<Long> ids = new HashSet<>();
        earlier.forEach(c -> {
            if (c.getAuthorId() != null) ids.add(c.getAuthorId());
            ids.add(c.getRecordedById());
        });
        if (toValidate != null) ids.add(toValidate.getRecordedById());
        List<Long> recordable = access.recordableFor();
        ids.addAll(recordable);
        Map<Long, String> names =
                people.byIds(ids).values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        Set<Long> withAccount = people.usernamesOf(recordable).keySet();
        List<StepPage.Recordable> recordFor = recordable.stream()
                .map(id -> new StepPage.Recordable(id, names.get(id), withAccount.contains(id)))
                .sorted(Comparator.comparing(StepPage.Recordable::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new StepPage(
                step,
                kind,
                access,
                phase,
                earlier,
                toValidate,
                leadList,
                lead,
                experimentations.collegesOf(exp).size(),
                names,
                recordFor,
                rework(step, kind, phase),
                answered(step, kind, phase, toValidate),
                reportVersion(exp, phase),
                shared(viewer, step, kind),
                experimentSide(step, phase),
                kind.showsVoteResults() ? votes.latestResults(exp).orElse(null) : null,
                phase == Phase.ACTION_LEADS && kind.showsPlanChanges() ? votes.selectionChanges(exp) : List.of());
    }

    /** What a shared step's page shows for the viewer (null for other steps). */
    private StepPage.Shared shared(Viewer viewer, StepView step, StepKind<?> kind) {
        if (!kind.sharedByMembers()) {
            return null;
        }
        Context context = new Context(viewer, new Author(viewer.personId(), null, null), step);
        return new StepPage.Shared(
                kind.partDone(context), kind.closingNeedsReason(context), kind.sharedDetails(context));
    }

    /**
     * Whether the viewer already did their part of a shared step (their steps show it done); false for other steps.
     *
     * @param viewer who asks
     * @param step an open step offered to the viewer
     */
    public boolean partDone(Viewer viewer, StepView step) {
        StepKind<?> kind = StepKinds.of(step.formKey());
        return kind.sharedByMembers()
                && kind.partDone(new Context(viewer, new Author(viewer.personId(), null, null), step));
    }

    /**
     * A carrier closes a step shared by every member: the kind checks and stores the closing (a reason is needed
     * when a college is below its quorum), then the process moves on.
     *
     * @param reason the carrier's written reason, or null
     * @throws NotFoundException (404) for a step that is not open
     * @throws AccessDeniedException (403) for anyone but a carrier of its experimentation
     * @throws ConflictException (409) for a step that is not shared ({@code conflict.notShared})
     * @throws IllegalArgumentException when a reason is needed and none was given
     */
    @Transactional
    public void close(Viewer viewer, String taskId, String reason) {
        StepView step = sharedStepForCarrier(viewer, taskId);
        StepKind<?> kind = StepKinds.of(step.formKey());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Map<String, Object> variables =
                kind.close(new Context(viewer, new Author(viewer.personId(), null, null), step), why);
        workflow.complete(step.id(), variables, viewer.engineUserId());
    }

    /**
     * A carrier gives a shared step more time: its due date, and its reminders with it, move to {@code until}.
     *
     * @param until the new end, after now and after the present due date
     * @throws NotFoundException (404) for a step that is not open
     * @throws AccessDeniedException (403) for anyone but a carrier of its experimentation
     * @throws ConflictException (409) for a step that is not shared ({@code conflict.notShared})
     * @throws IllegalArgumentException when {@code until} is not later than now and than the present due date
     */
    @Transactional
    public void extend(Viewer viewer, String taskId, Instant until) {
        StepView step = sharedStepForCarrier(viewer, taskId);
        if (until == null || !until.isAfter(clock.instant()) || (step.due() != null && !until.isAfter(step.due()))) {
            throw new IllegalArgumentException("the new end must be later than now and than the present one");
        }
        workflow.extendStep(step.id(), until);
        StepKinds.of(step.formKey())
                .extended(new Context(viewer, new Author(viewer.personId(), null, null), step), until);
    }

    private StepView sharedStepForCarrier(Viewer viewer, String taskId) {
        StepView step = open(taskId);
        if (!memberships.rolesOf(viewer.personId(), step.experimentationId()).contains(ExperimentationRole.CARRIER)) {
            throw new AccessDeniedException("only a carrier closes or extends a shared step");
        }
        if (!StepKinds.of(step.formKey()).sharedByMembers()) {
            throw new ConflictException("conflict.notShared");
        }
        return step;
    }

    /** For a phase-3 step about a lead: its experiment's side (null otherwise). */
    private ExperimentStepInfo experimentSide(StepView step, Phase phase) {
        return phase == Phase.EXPERIMENTING && step.leadId() != null
                ? experiments.stepInfo(step.experimentationId(), step.leadId())
                : null;
    }

    /** The report version the committee reads on a review page: the latest kept one of that phase (null: none). */
    private Integer reportVersion(long experimentationId, Phase phase) {
        return phase == null
                ? null
                : reports.latestNumber(experimentationId, phase).orElse(null);
    }

    /**
     * A step taken up again in its phase: its latest text (same lead, same college) and what to answer — the open
     * requests of the committee's latest decision (phase report) with that decision's overall comment, or the
     * objections the colleges made after that text (synthesis, action plan). Null for a step done for the first time
     * or that is not reworkable.
     */
    Rework rework(StepView step, StepKind<?> kind, Phase phase) {
        if (phase == null || !kind.reworkable()) {
            return null;
        }
        long exp = step.experimentationId();
        Contribution previous = contributions.ofPhase(exp, phase.name()).stream()
                .filter(c -> c.getStepKey().equals(step.taskKey()))
                // a text in parts (the capitalisation) counts by its latest part
                .filter(c -> c.getMeetingId() == null
                        && (c.getSection() == null || StepKinds.answersObjections(phase, step.taskKey())))
                .filter(c -> step.leadId() == null || step.leadId().equals(c.getLeadId()))
                .filter(c -> step.college() == null || step.college().equals(c.getCollege()))
                .reduce((a, b) -> b)
                .orElse(null);
        if (previous == null) {
            return null;
        }
        List<Rework.Point> points = new ArrayList<>();
        String committeeComment = null;
        if (StepKinds.answersReviewRequests(phase, step.taskKey())) {
            committeeComment = reviews.latestDecision(exp, phase.name())
                    .filter(d -> !d.review().isApproved())
                    .map(d -> d.review().getComment())
                    .filter(c -> !c.isBlank())
                    .orElse(null);
            for (ReviewRequest r : reviews.openRequests(exp, phase.name())) {
                points.add(new Rework.Point(
                        Rework.Source.REQUEST,
                        r.getId(),
                        points.size() + 1,
                        r.getPart(),
                        null,
                        r.getWhat(),
                        null,
                        null));
            }
        }
        if (StepKinds.answersObjections(phase, step.taskKey())) {
            List<Contribution> objections = objectionsBetween(exp, phase, previous, null);
            Map<Long, ObjectionAnswer> given = reviews.objectionAnswers(
                    objections.stream().map(Contribution::getId).toList());
            for (Contribution o : objections) {
                if (!given.containsKey(o.getId())) {
                    points.add(objectionPoint(o, points.size() + 1, null));
                }
            }
        }
        return new Rework(previous.getBody(), List.copyOf(points), committeeComment);
    }

    /**
     * How the points of the previous round were answered, for the step that judges the reworked text: the
     * committee's review (its latest decision asked for more) or a collective validation (the objections made to
     * the text before the one to validate). Empty otherwise.
     */
    List<Rework.Point> answered(StepView step, StepKind<?> kind, Phase phase, Contribution toValidate) {
        if (phase == null) {
            return List.of();
        }
        long exp = step.experimentationId();
        List<Rework.Point> points = new ArrayList<>();
        if (kind.isReview()) {
            reviews.latestDecision(exp, phase.name())
                    .filter(d -> !d.review().isApproved())
                    .ifPresent(d -> d.requests()
                            .forEach(r -> points.add(new Rework.Point(
                                    Rework.Source.REQUEST,
                                    r.getId(),
                                    r.getPosition(),
                                    r.getPart(),
                                    null,
                                    r.getWhat(),
                                    r.getAnswer(),
                                    r.getAnsweredAt()))));
        } else if (toValidate != null && StepKinds.answersObjections(phase, toValidate.getStepKey())) {
            List<Contribution> texts = contributions.ofPhase(exp, phase.name()).stream()
                    .filter(c -> c.getStepKey().equals(toValidate.getStepKey())
                            && Objects.equals(c.getSection(), toValidate.getSection()))
                    .filter(c -> c.getCreatedAt().isBefore(toValidate.getCreatedAt()))
                    .toList();
            if (!texts.isEmpty()) {
                List<Contribution> objections =
                        objectionsBetween(exp, phase, texts.get(texts.size() - 1), toValidate.getCreatedAt());
                Map<Long, ObjectionAnswer> given = reviews.objectionAnswers(
                        objections.stream().map(Contribution::getId).toList());
                for (Contribution o : objections) {
                    points.add(objectionPoint(o, points.size() + 1, given.get(o.getId())));
                }
            }
        }
        return List.copyOf(points);
    }

    /** The colleges' disagreements in the phase after that text (and before {@code until}, when given). */
    private List<Contribution> objectionsBetween(long exp, Phase phase, Contribution text, Instant until) {
        return contributions.ofPhase(exp, phase.name()).stream()
                .filter(c -> Agreement.DISAGREE.name().equals(c.getDecision()))
                .filter(c -> c.getCreatedAt().isAfter(text.getCreatedAt())
                        || (c.getCreatedAt().equals(text.getCreatedAt()) && c.getId() > text.getId()))
                .filter(c -> until == null || !c.getCreatedAt().isAfter(until))
                .toList();
    }

    private static Rework.Point objectionPoint(Contribution o, int number, ObjectionAnswer answer) {
        return new Rework.Point(
                Rework.Source.OBJECTION,
                o.getId(),
                number,
                null,
                o.getCollege(),
                o.getBody(),
                answer == null ? null : answer.getAnswer(),
                answer == null ? null : answer.getAnsweredAt());
    }

    /**
     * Completes a step with its kind's validated form (see {@link StepKind#formType()}): stores what it collected,
     * then moves the process on.
     */
    @Transactional
    public void complete(Viewer viewer, String taskId, Record form) {
        complete(viewer, taskId, form, null, ReworkAnswers.none());
    }

    /** Completes a step, for a person when recordedFor is given (see below), with no points to answer. */
    @Transactional
    public void complete(Viewer viewer, String taskId, Record form, RecordedFor recordedFor) {
        complete(viewer, taskId, form, recordedFor, ReworkAnswers.none());
    }

    /**
     * Completes a step, for a person when recordedFor is given: what is stored counts as that person's voice, and
     * keeps who typed it and how the person agreed. Only a carrier or an allowed practitioner may, and only for a
     * member the step is offered to.
     *
     * @param form the form record of the step's kind, validated by the kind ({@link StepKind#validate})
     * @param answers for a step taken up again ({@link #rework}), one answer per point, in order; each is stored
     *     with its point (the committee's request, or the college's objection)
     * @throws AccessDeniedException (403) for someone who may not complete it (so), or not for that person
     * @throws ConflictException (409) when someone else took it ({@code conflict.stepTaken}; carriers excepted), for
     *     a meeting step ({@code conflict.meetingStep}) or a form of another kind ({@code conflict.wrongStepKind})
     * @throws IllegalArgumentException when the form would corrupt the flow, consent is missing, or a point has no
     *     answer
     */
    @Transactional
    public void complete(Viewer viewer, String taskId, Record form, RecordedFor recordedFor, ReworkAnswers answers) {
        StepView step = open(taskId);
        StepAccess access = access(viewer, step);
        if (!access.mayOpen()) {
            throw new AccessDeniedException("step not offered to this person");
        }
        StepKind<?> kind = StepKinds.of(step.formKey());
        if (!kind.sharedByMembers() && !access.mayAct()) {
            throw new ConflictException("conflict.stepTaken");
        }
        if (recordedFor == null && !access.offeredToMe()) {
            throw new AccessDeniedException("this step is only recorded here for someone it is offered to");
        }
        if (recordedFor != null) {
            if (!access.mayRecordFor(recordedFor.personId())) {
                throw new AccessDeniedException("may not record this step for that person");
            }
            if (recordedFor.consent() == null) {
                throw new IllegalArgumentException("consent required");
            }
        }
        Author author = recordedFor == null
                ? new Author(viewer.personId(), null, null)
                : new Author(recordedFor.personId(), recordedFor.consent(), recordedFor.consentNote());
        if (kind.completedByMeeting()) {
            // served by a meeting: completes when the meeting's minutes are validated (meeting.MeetingSteps)
            throw new ConflictException("conflict.meetingStep");
        }
        Rework rework = rework(step, kind, Phase.ofProcessKey(step.processKey()));
        if (rework != null) {
            storeAnswers(rework, answers == null ? ReworkAnswers.none() : answers, viewer.personId());
        }
        Context context = new Context(viewer, author, step);
        Map<String, Object> variables = completeAs(kind, context, form);
        if (kind.sharedByMembers()) {
            // the member's own part (leads, a ballot, an answer): the step stays open for the others until the close
            return;
        }
        workflow.complete(step.id(), variables, viewer.engineUserId());
        if (context.phaseReportWritten && context.phase != null) {
            // after the engine moved on: the report shows this step done and the phase under review
            reports.reportStepReached(step.experimentationId(), context.phase);
        }
        if (context.phaseApproved && context.phase != null) {
            // after the engine moved on: the whole workbook shows the phase approved and the next one started
            reports.phaseApproved(step.experimentationId(), context.phase);
        }
    }

    private void storeAnswers(Rework rework, ReworkAnswers answers, long byPersonId) {
        for (int i = 0; i < rework.points().size(); i++) {
            String text = answers.answer(i);
            if (text == null) {
                throw new IllegalArgumentException("every point needs its answer");
            }
        }
        for (int i = 0; i < rework.points().size(); i++) {
            Rework.Point point = rework.points().get(i);
            if (point.source() == Rework.Source.REQUEST) {
                reviews.answer(point.id(), answers.answer(i), byPersonId);
            } else {
                reviews.answerObjection(point.id(), answers.answer(i), byPersonId);
            }
        }
    }

    private static <F extends Record> Map<String, Object> completeAs(
            StepKind<F> kind, StepContext context, Record form) {
        if (!kind.formType().isInstance(form)) {
            throw new ConflictException("conflict.wrongStepKind");
        }
        return kind.complete(context, kind.formType().cast(form));
    }

    /** Whose voice a completed step is, and how they agreed when someone else typed it. */
    private record Author(long personId, ConsentKind consent, String consentNote) {}

    /** What a kind may store while its step is completed. */
    private final class Context implements StepContext {

        private final Viewer viewer;
        private final Author author;
        private final StepView step;
        private final Phase phase;
        private boolean phaseReportWritten;
        private boolean phaseApproved;

        Context(Viewer viewer, Author author, StepView step) {
            this.viewer = viewer;
            this.author = author;
            this.step = step;
            this.phase = Phase.ofProcessKey(step.processKey());
        }

        private String phaseName() {
            return phase == null ? step.processKey() : phase.name();
        }

        @Override
        public StepView step() {
            return step;
        }

        @Override
        public long authorId() {
            return author.personId();
        }

        @Override
        public long typedById() {
            return viewer.personId();
        }

        @Override
        public Phase phase() {
            return phase;
        }

        @Override
        public void store(String section, String decision, String body) {
            contributions.record(new NewContribution(
                    step.experimentationId(),
                    phaseName(),
                    step.taskKey(),
                    step.id(),
                    step.college(),
                    step.leadId(),
                    section,
                    decision,
                    body,
                    author.personId(),
                    viewer.personId(),
                    author.consent(),
                    author.consentNote()));
        }

        // collective validations: each member's answer, the carrier's close (validation.CollectiveValidationService)

        @Override
        public void answerValidation(boolean agree, String reason) {
            validations.answer(
                    step.experimentationId(),
                    phaseName(),
                    step.taskKey(),
                    step.id(),
                    author.personId(),
                    viewer.personId(),
                    author.consent(),
                    author.consentNote(),
                    agree,
                    reason);
        }

        @Override
        public boolean validationAnswered() {
            return validations.answered(step.id(), author.personId());
        }

        @Override
        public Object validationView() {
            return validations.view(step.experimentationId(), phaseName(), step.id(), author.personId());
        }

        @Override
        public boolean validationClosingNeedsReason() {
            return validations.closingNeedsReason(step.experimentationId(), phaseName(), step.id());
        }

        @Override
        public boolean closeValidation(String reason) {
            return validations.close(step.experimentationId(), phaseName(), step.id(), author.personId(), reason);
        }

        @Override
        public void validationExtended(Instant until) {
            validations.extended(step.experimentationId(), phaseName(), step.id(), until);
        }

        @Override
        public List<String> colleges() {
            return experimentations.collegesOf(step.experimentationId());
        }

        @Override
        public boolean leadsProposed() {
            return !leads.ofExperimentation(step.experimentationId()).isEmpty();
        }

        // --- call for leads (issue #13 point 2): delegates to ActionLeadService ---

        @Override
        public void proposeLead(
                String title, String problem, String change, String organisations, List<Long> sourceIds) {
            leads.record(
                    step.experimentationId(),
                    new NewLead(author.personId(), title, problem, change, organisations, sourceIds),
                    viewer.personId(),
                    author.consent(),
                    author.consentNote(),
                    step.id());
        }

        @Override
        public boolean authorProposedLead() {
            return leads.proposedAny(step.experimentationId(), author.personId());
        }

        @Override
        public List<LeadSource> leadSources() {
            return leads.sourceChoices(step.experimentationId()).stream()
                    .map(c -> new LeadSource(c.getId(), c.getStepKey(), c.getBody()))
                    .toList();
        }

        @Override
        public void selectLeads(List<Long> leadIds) {
            leads.select(step.experimentationId(), new ArrayList<>(leadIds));
        }

        // --- the vote on the leads and the plan that starts from it (issue #13, points 3 and 4) ---

        @Override
        public void openVote() {
            votes.open(step.experimentationId(), phaseName(), step.id());
        }

        @Override
        public void castBallot(Map<Long, Grade> grades) {
            votes.cast(step.id(), author.personId(), viewer.personId(), author.consent(), author.consentNote(), grades);
        }

        @Override
        public boolean hasVoted() {
            return votes.hasVoted(step.id(), author.personId());
        }

        @Override
        public VoteService.Sheet ballotSheet() {
            return votes.sheet(step.id(), author.personId());
        }

        @Override
        public boolean voteClosingNeedsReason() {
            return votes.closingNeedsReason(step.id());
        }

        @Override
        public void closeVote(String reason) {
            votes.close(step.id(), author.personId(), reason);
        }

        @Override
        public void voteExtended(Instant until) {
            votes.extended(step.id(), until);
        }

        @Override
        public void recordSelectionChanges(List<Long> selected, Map<Long, String> reasons) {
            votes.recordSelection(step.experimentationId(), selected, reasons, author.personId());
        }

        @Override
        public void planExperiment(ExperimentPlan plan) {
            experiments.plan(step.experimentationId(), leadId(), plan, author.personId());
        }

        @Override
        public void recordObservation(ObservationForm form) {
            experiments.recordFromStep(
                    step.experimentationId(),
                    leadId(),
                    form,
                    author.personId(),
                    viewer.personId(),
                    author.consent(),
                    author.consentNote());
        }

        private long leadId() {
            if (step.leadId() == null) {
                throw new IllegalArgumentException("this step is not about an experiment");
            }
            return step.leadId();
        }

        @Override
        public void phaseReportWritten() {
            phaseReportWritten = true;
        }

        @Override
        public void recordReview(
                boolean approved, String comment, List<NewReviewRequest> requests, Integer reportVersion) {
            phaseApproved = approved;
            reviews.record(
                    step.experimentationId(),
                    phaseName(),
                    approved,
                    comment,
                    author.personId(),
                    step.id(),
                    keptVersion(reportVersion),
                    requests);
        }

        /**
         * The version the member saw on the page when it is one that was kept; otherwise (none posted, or a number
         * that was never generated) the latest kept one, so that a decision never points at a workbook that does not
         * exist.
         */
        private Integer keptVersion(Integer seen) {
            if (phase == null) {
                return null;
            }
            if (seen != null && reports.kept(step.experimentationId(), phase, seen)) {
                return seen;
            }
            return reportVersion(step.experimentationId(), phase);
        }
    }
}
