package coop.faireavec.meeting;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.task.kind.StepKind;
import coop.faireavec.task.kind.StepKinds;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of an experimentation: planning and invitations, replies, attendance, what is said in each round, and
 * minutes validated by one representative of each college present. Any member sees the meetings; only carriers
 * plan, invite, take attendance and write minutes. A meeting planned for a BPMN meeting step completes that step
 * when its minutes are validated (and, if its composition rule did not hold, once the carrier has said why).
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    /**
     * The kind of meeting a step asks for (its step kind says so), or null when no meeting serves that step.
     *
     * @param formKey the step's form key
     */
    public static MeetingKind meetingKindFor(String formKey) {
        StepKind<?> kind = StepKinds.of(formKey);
        return kind.completedByMeeting() ? MeetingKind.valueOf(kind.meetingKind()) : null;
    }

    private final MeetingRepository meetings;
    private final MeetingParticipantRepository participants;
    private final MeetingMinutesRepository minutes;
    private final MinutesValidationRepository validations;
    private final MeetingLookup lookup;
    private final MeetingSteps steps;
    private final ContributionService contributions;
    private final MembershipService memberships;
    private final MemberService members;
    private final PeopleService people;
    private final ExperimentationService experimentations;
    private final MeetingRules rules;
    private final MeetingInvitations invitations;
    private final WorkflowEngine workflow;
    private final AccessGuard guard;
    private final java.time.Clock clock;

    MeetingService(MeetingRepository meetings, MeetingParticipantRepository participants,
                   MeetingMinutesRepository minutes, MinutesValidationRepository validations,
                   ContributionService contributions, MembershipService memberships, MemberService members,
                   PeopleService people, ExperimentationService experimentations, MeetingRules rules,
                   MeetingInvitations invitations, WorkflowEngine workflow, AccessGuard guard,
                   java.time.Clock clock, MeetingLookup lookup, MeetingSteps steps) {
        this.clock = clock;
        this.lookup = lookup;
        this.steps = steps;
        this.meetings = meetings;
        this.participants = participants;
        this.minutes = minutes;
        this.validations = validations;
        this.contributions = contributions;
        this.memberships = memberships;
        this.members = members;
        this.people = people;
        this.experimentations = experimentations;
        this.rules = rules;
        this.invitations = invitations;
        this.workflow = workflow;
        this.guard = guard;
    }

    // ---- reading

    /** The wall-clock time now in the platform's time zone, the one meeting times are written in. */
    java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock.withZone(zone()));
    }

    /** The platform's time zone, in which meeting times are wall-clock times. */
    public java.time.ZoneId zone() {
        return invitations.zone();
    }

    /** The meetings of an experimentation: the ones not over yet (soonest first), then past ones (latest first). */
    public record Timeline(List<Meeting> coming, List<Meeting> past) {
    }

    /** The meetings of an experimentation, for its members. */
    public Timeline meetingsOf(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        java.time.LocalDateTime now = now();
        List<Meeting> all = meetings.findByExperimentationIdOrderByStartsAtAscIdAsc(experimentationId);
        // the latest past meeting first: that is the one whose minutes are being written
        return new Timeline(all.stream().filter(m -> m.getEndsAt().isAfter(now)).toList(),
                all.stream().filter(m -> !m.getEndsAt().isAfter(now))
                        .sorted(Comparator.comparing(Meeting::getStartsAt).reversed()).toList());
    }

    /** One meeting, for a member of its experimentation; a meeting of another experimentation is not found. */
    public Meeting get(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireMember(viewer, experimentationId);
        return lookup.find(experimentationId, meetingId);
    }

    /** A meeting someone is invited to, with their answer so far. */
    public record Invitation(Meeting meeting, Reply reply) {
    }

    /**
     * The meetings the viewer is invited to that have not ended, soonest first (cancelled ones included, so that
     * nobody comes for nothing): for the dashboard. Only their own invitations, so no further check.
     */
    public List<Invitation> upcomingFor(Viewer viewer) {
        java.time.LocalDateTime now = now();
        Map<Long, Reply> replies = new HashMap<>();
        participants.findByPersonIdAndInvitedTrue(viewer.personId())
                .forEach(p -> replies.put(p.getMeetingId(), p.getReply()));
        return meetings.findAllById(replies.keySet()).stream().filter(m -> m.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .map(m -> new Invitation(m, replies.get(m.getId()))).toList();
    }

    /** The meeting planned for a BPMN step, if any (no access check: callers checked the step). */
    public Optional<Meeting> forStep(String taskId) {
        return meetings.findFirstByTaskId(taskId);
    }

    /** Meetings of the experimentation not yet serving a step: the carrier may link one to a meeting step. */
    public List<Meeting> linkableTo(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        return meetings.findByExperimentationIdOrderByStartsAtAscIdAsc(experimentationId).stream()
                .filter(m -> m.getTaskId() == null && !m.isCancelled()).toList();
    }

    /** For pages only carriers open (planning forms): a 403 for anyone else. */
    public void requireCarrier(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    public boolean isCarrier(Viewer viewer, long experimentationId) {
        return guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    /** The meeting page: people, rule checks, rounds with what was said, voice balance, minutes. */
    public MeetingPage page(Viewer viewer, long experimentationId, long meetingId) {
        Meeting meeting = get(viewer, experimentationId, meetingId);
        Experimentation experimentation = experimentations.get(viewer, experimentationId);
        boolean carrier = isCarrier(viewer, experimentationId);
        Map<Long, College> collegeOf = lookup.collegesOf(experimentationId);
        List<MeetingParticipant> rows = participants.findByMeetingId(meetingId);
        List<Contribution> said = contributions.ofMeeting(meetingId);
        List<MeetingMinutes> versions = minutes.findByMeetingIdOrderByVersionNoDesc(meetingId);
        MeetingMinutes current = versions.isEmpty() ? null : versions.get(0);
        // every answer to these minutes (corrections asked earlier included), and those to the text now submitted
        List<MinutesValidation> allAnswers = current == null ? List.of()
                : validations.findByMinutesIdOrderByCreatedAtAscIdAsc(current.getId());
        List<MinutesValidation> answers = allAnswers.stream()
                .filter(v -> v.getSubmissionNo() == current.getSubmissionNo()).toList();
        boolean mayRecordForOthers = memberships.mayRecordForOthers(viewer.personId(), experimentationId);

        Set<Long> ids = new HashSet<>();
        rows.forEach(p -> ids.add(p.getPersonId()));
        said.forEach(c -> {
            if (c.getAuthorId() != null) ids.add(c.getAuthorId());
            ids.add(c.getRecordedById());
        });
        allAnswers.forEach(v -> {
            ids.add(v.getPersonId());
            ids.add(v.getRecordedById());
        });
        if (current != null) ids.add(current.getDraftedById());
        Map<Long, Person> persons = people.byIds(ids);
        Set<Long> withAccount = people.usernamesOf(ids).keySet();
        Function<Long, String> name = id -> id == null || persons.get(id) == null ? "" : persons.get(id).getDisplayName();

        List<MeetingPage.Attendee> attendees = rows.stream()
                .map(p -> new MeetingPage.Attendee(p.getPersonId(), name.apply(p.getPersonId()),
                        collegeOf.get(p.getPersonId()), withAccount.contains(p.getPersonId()), p.isInvited(),
                        p.getReply(), p.replyRecordedForThem(), p.isPresent(), p.isAddedOnSpot()))
                .sorted(Comparator.comparing((MeetingPage.Attendee a) -> a.college() == null ? 99 : a.college().ordinal())
                        .thenComparing(MeetingPage.Attendee::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        MeetingPage.Attendee me = attendees.stream().filter(a -> a.personId() == viewer.personId()).findFirst()
                .orElse(null);

        CompositionRule rule = rules.ruleFor(experimentationId, meeting.getKind());
        CompositionCheck invitedCheck = rule.check(MeetingLookup.count(rows, collegeOf, MeetingParticipant::isInvited));
        CompositionCheck comingCheck = rule.check(MeetingLookup.count(rows, collegeOf, p -> p.isInvited() && p.getReply() == Reply.YES));
        boolean attendanceTaken = rows.stream().anyMatch(MeetingParticipant::isPresent);
        CompositionCheck presentCheck = rule.check(MeetingLookup.count(rows, collegeOf, MeetingParticipant::isPresent));

        boolean frozen = current != null && current.isFrozen();
        List<MeetingPage.Round> rounds = new ArrayList<>();
        for (String round : MeetingRounds.of(meeting, experimentations.collegesOf(experimentationId))) {
            List<MeetingPage.Said> inRound = said.stream().filter(c -> round.equals(c.getMeetingRound()))
                    .map(c -> new MeetingPage.Said(c, name.apply(c.getAuthorId()), name.apply(c.getRecordedById()),
                            !frozen && !meeting.isCancelled() && mayCorrect(viewer, carrier, c)))
                    .toList();
            rounds.add(new MeetingPage.Round(round, MeetingRounds.collegeOf(round), inRound,
                    !frozen && !meeting.isCancelled()));
        }

        MeetingPage.MinutesView minutesView = null;
        if (current != null) {
            Set<College> toValidate = MeetingLookup.collegesPresent(rows, collegeOf);
            Function<MinutesValidation, MeetingPage.ValidationView> view = v -> new MeetingPage.ValidationView(v,
                    name.apply(v.getPersonId()), name.apply(v.getRecordedById()));
            Set<College> answered = answers.stream().filter(MinutesValidation::isApproved)
                    .map(MinutesValidation::getCollege).collect(Collectors.toSet());
            List<College> mine = new ArrayList<>();
            College myCollege = collegeOf.get(viewer.personId());
            if (current.getStatus() == MinutesStatus.SUBMITTED && me != null && me.present() && myCollege != null
                    && !answered.contains(myCollege)) {
                mine.add(myCollege);
            }
            List<MeetingPage.Attendee> forOthers = current.getStatus() == MinutesStatus.SUBMITTED && mayRecordForOthers
                    ? attendees.stream().filter(a -> a.present() && a.college() != null
                    && a.personId() != viewer.personId() && !answered.contains(a.college())).toList()
                    : List.of();
            minutesView = new MeetingPage.MinutesView(current, name.apply(current.getDraftedById()), toValidate,
                    answers.stream().map(view).toList(),
                    allAnswers.stream().filter(v -> !v.isApproved()).map(view).toList(), mine, forOthers);
        }
        boolean justificationNeeded = meeting.getTaskId() != null && !meeting.isStepCompleted() && frozen
                && !presentCheck.holds() && meeting.getRuleJustification() == null;
        return new MeetingPage(meeting, experimentation.getTitle(), carrier, mayRecordForOthers, me, attendees,
                carrier ? invitable(viewer, experimentationId, rows) : Map.of(), rule, invitedCheck, comingCheck,
                presentCheck, attendanceTaken, rounds, contributions.voicesOfMeeting(said),
                minutesView, versions.size() > 1 ? versions.subList(1, versions.size()) : List.of(),
                justificationNeeded, !meeting.getEndsAt().isAfter(now()),
                persons.values().stream()
                        .collect(Collectors.toMap(Person::getId, Person::getDisplayName)));
    }

    // ---- planning

    /**
     * The carrier plans a meeting; with a task id, the meeting serves that BPMN meeting step (which must be open in
     * this experimentation and not already served by another meeting).
     */
    @Transactional
    public Meeting plan(Viewer viewer, long experimentationId, MeetingDetails details, String taskId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Experimentation e = experimentations.get(viewer, experimentationId);
        Meeting meeting = meetings.save(new Meeting(experimentationId, details,
                e.getCurrentPhase() == null ? null : e.getCurrentPhase().name(), viewer.personId()));
        if (taskId != null && !taskId.isBlank()) {
            link(experimentationId, meeting, taskId);
        }
        return meeting;
    }

    /** The carrier links an existing meeting to an open meeting step of the same experimentation. */
    @Transactional
    public void linkToStep(Viewer viewer, long experimentationId, long meetingId, String taskId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        if (meeting.getTaskId() != null || meeting.isCancelled()) {
            throw new ConflictException("conflict.meetingAlreadyLinked");
        }
        link(experimentationId, meeting, taskId);
        steps.completeIfReady(meeting);
    }

    /** What a meeting step asks for: the step, if it is an open meeting step of that experimentation. */
    public StepView meetingStep(long experimentationId, String taskId) {
        StepView step = workflow.step(taskId).orElseThrow(() -> new NotFoundException("step", taskId));
        if (step.experimentationId() != experimentationId || meetingKindFor(step.formKey()) == null) {
            throw new ConflictException("conflict.notAMeetingStep");
        }
        return step;
    }

    private void link(long experimentationId, Meeting meeting, String taskId) {
        StepView step = meetingStep(experimentationId, taskId);
        if (meeting.getKind() != meetingKindFor(step.formKey())) {
            // a crossed discussion step is not served by a lighter kind of meeting (its rule is the point)
            throw new ConflictException("conflict.meetingKindForStep");
        }
        if (meetings.findFirstByTaskId(taskId).isPresent()) {
            throw new ConflictException("conflict.stepHasMeeting");
        }
        Phase phase = Phase.ofProcessKey(step.processKey());
        meeting.linkStep(taskId, step.taskKey(), phase == null ? null : phase.name());
    }

    /** The carrier changes a meeting; invitees get an update (same calendar UID, next SEQUENCE) if the date moved. */
    @Transactional
    public void change(Viewer viewer, long experimentationId, long meetingId, MeetingDetails details) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        if (details.kind() != meeting.getKind() && meeting.getTaskId() != null) {
            throw new IllegalArgumentException("the kind of a meeting serving a step is fixed");
        }
        if (meeting.apply(details)) {
            invitations.updated(meeting, invitedIds(meetingId));
        }
    }

    /** The carrier cancels a meeting; invitees get a cancellation with the same calendar UID. */
    @Transactional
    public void cancel(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        if (lookup.latestMinutes(meetingId).map(MeetingMinutes::isFrozen).orElse(false)) {
            throw new ConflictException("conflict.minutesFrozen");
        }
        meeting.cancel();
        if (meeting.getTaskId() != null) {
            meeting.linkStep(null, null, null); // the step can be served by another meeting
        }
        invitations.cancelled(meeting, invitedIds(meetingId));
    }

    /** The calendar file of the meeting (for members who add it to their calendar by hand). */
    public String calendarFile(Viewer viewer, long experimentationId, long meetingId) {
        return invitations.calendarFile(get(viewer, experimentationId, meetingId), invitedIds(meetingId));
    }

    // ---- invitations and replies

    /**
     * The carrier invites whole colleges and/or people one by one (members of the experimentation only); each new
     * invitee is told in the app and, with an address, by e-mail with the calendar invitation. Returns how many
     * were newly invited.
     */
    @Transactional
    public int invite(Viewer viewer, long experimentationId, long meetingId, Collection<College> colleges,
                      Collection<Long> personIds) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        Set<Long> wanted = new LinkedHashSet<>();
        for (Membership m : memberships.membersOf(experimentationId)) {
            if ((m.getCollege() != null && colleges.contains(m.getCollege())) || personIds.contains(m.getPersonId())) {
                wanted.add(m.getPersonId());
            }
        }
        if (!memberIds(experimentationId).containsAll(personIds)) {
            throw new IllegalArgumentException("only members can be invited");
        }
        List<Long> newly = new ArrayList<>();
        for (Long personId : wanted) {
            MeetingParticipant p = participant(meetingId, personId);
            if (!p.isInvited()) {
                p.invite();
                newly.add(personId);
            }
        }
        if (!newly.isEmpty()) {
            invitations.invited(meeting, newly, invitedIds(meetingId));
        }
        return newly.size();
    }

    /**
     * An invitee answers; the carrier may note the answer for an invitee (e.g. given on the phone). Anyone else
     * gets a 403.
     */
    @Transactional
    public void reply(Viewer viewer, long experimentationId, long meetingId, Reply reply, Long forPersonId) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        long personId = forPersonId == null ? viewer.personId() : forPersonId;
        if (personId != viewer.personId()) {
            guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        }
        MeetingParticipant p = participants.findByMeetingIdAndPersonId(meetingId, personId)
                .filter(MeetingParticipant::isInvited)
                .orElseThrow(() -> new AccessDeniedException("only invitees answer an invitation"));
        p.reply(reply, viewer.personId());
    }

    // ---- attendance

    /** The carrier ticks who came among the members (invited or not); the others are marked absent. */
    @Transactional
    public void attendance(Viewer viewer, long experimentationId, long meetingId, Collection<Long> presentIds) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        lookup.requireMinutesNotFrozen(meetingId);
        Set<Long> memberIds = memberIds(experimentationId);
        if (!memberIds.containsAll(presentIds)) {
            throw new IllegalArgumentException("only members can be ticked present");
        }
        for (MeetingParticipant p : participants.findByMeetingId(meetingId)) {
            p.setPresent(presentIds.contains(p.getPersonId()));
        }
        for (Long personId : presentIds) {
            participant(meetingId, personId).setPresent(true);
        }
    }

    /**
     * Someone came who is not a member yet (often without an account or an address): the carrier adds them on the
     * spot to a college; they become a participant of the experimentation, present at this meeting.
     */
    @Transactional
    public long addOnTheSpot(Viewer viewer, long experimentationId, long meetingId, String displayName,
                             College college) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        lookup.requireMinutesNotFrozen(meetingId);
        Person person = members.addNewPerson(viewer, experimentationId, new MemberService.NewMember(
                displayName.trim(), null, null, college, ExperimentationRole.PARTICIPANT, null, null));
        participants.save(new MeetingParticipant(meetingId, person.getId())).addedOnSpot();
        return person.getId();
    }

    // ---- what is said, round by round

    /**
     * Records what someone said in a round. A person speaks for themself when invited or present and in a college
     * (in a peer round, only that college's members speak); the carrier, or a practitioner the carrier allowed,
     * may record for a participant of the meeting, saying how that person agreed.
     */
    @Transactional
    public Contribution speak(Viewer viewer, long experimentationId, long meetingId, String round, String body,
                              Long forPersonId, ConsentKind consent, String consentNote) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        lookup.requireMinutesNotFrozen(meetingId);
        if (!MeetingRounds.of(meeting, experimentations.collegesOf(experimentationId)).contains(round)) {
            throw new IllegalArgumentException("unknown round");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("text required");
        }
        long speaker = forPersonId == null ? viewer.personId() : forPersonId;
        MeetingParticipant p = participants.findByMeetingIdAndPersonId(meetingId, speaker)
                .filter(x -> x.isInvited() || x.isPresent()).orElse(null);
        if (speaker != viewer.personId()) {
            if (!memberships.mayRecordForOthers(viewer.personId(), experimentationId)) {
                throw new AccessDeniedException("may not record for others");
            }
            if (consent == null) {
                throw new IllegalArgumentException("consent required");
            }
            if (p == null) {
                throw new IllegalArgumentException("the speaker is not a participant of the meeting");
            }
        } else if (p == null) {
            throw new AccessDeniedException("only participants of the meeting speak in it");
        }
        College college = lookup.collegesOf(experimentationId).get(speaker);
        if (college == null) {
            throw new IllegalArgumentException("the speaker has no college");
        }
        College roundCollege = MeetingRounds.collegeOf(round);
        if (roundCollege != null && roundCollege != college) {
            throw new IllegalArgumentException("a peer round is for its college");
        }
        return contributions.recordInMeeting(new NewContribution(experimentationId,
                meeting.getPhase() == null ? "MEETING" : meeting.getPhase(),
                meeting.getStepKey() == null ? "Meeting" : meeting.getStepKey(), null, college.name(), null, null,
                null, body, speaker, viewer.personId(),
                speaker == viewer.personId() ? null : consent, speaker == viewer.personId() ? null : consentNote),
                meetingId, round);
    }

    /** A participant corrects their own contribution (the carrier any), until the minutes are validated. */
    @Transactional
    public void correct(Viewer viewer, long experimentationId, long meetingId, long contributionId, String body) {
        Contribution c = contributionOf(viewer, experimentationId, meetingId, contributionId);
        lookup.requireMinutesNotFrozen(meetingId);
        if (!mayCorrect(viewer, isCarrier(viewer, experimentationId), c)) {
            throw new AccessDeniedException("only its author or the carrier corrects a contribution");
        }
        contributions.correct(contributionId, body);
    }

    /** One contribution of this meeting, for a member. */
    public Contribution contributionOf(Viewer viewer, long experimentationId, long meetingId, long contributionId) {
        get(viewer, experimentationId, meetingId);
        return contributions.find(contributionId).filter(c -> Objects.equals(c.getMeetingId(), meetingId))
                .orElseThrow(() -> new NotFoundException("contribution", contributionId));
    }

    public boolean mayCorrect(Viewer viewer, long experimentationId, Contribution c) {
        return mayCorrect(viewer, isCarrier(viewer, experimentationId), c);
    }

    private static boolean mayCorrect(Viewer viewer, boolean carrier, Contribution c) {
        return carrier || Objects.equals(c.getAuthorId(), viewer.personId())
                || Objects.equals(c.getRecordedById(), viewer.personId());
    }

    // ---- reminders

    /**
     * Reminds, once, the invitees who did not say no of every meeting starting within the next 24 hours (in the
     * app, and by e-mail for those with an address). Returns how many meetings were reminded.
     */
    @Transactional
    public int remindComingMeetings(java.time.LocalDateTime now) {
        List<Meeting> due = meetings.findByCancelledFalseAndReminderSentAtIsNullAndStartsAtBetween(now,
                now.plusHours(24));
        for (Meeting meeting : due) {
            List<Long> coming = participants.findByMeetingId(meeting.getId()).stream()
                    .filter(p -> p.isInvited() && p.getReply() != Reply.NO).map(MeetingParticipant::getPersonId)
                    .toList();
            invitations.remind(meeting, coming);
            meeting.remindersSent();
        }
        return due.size();
    }

    // ---- helpers





    private MeetingParticipant participant(long meetingId, long personId) {
        return participants.findByMeetingIdAndPersonId(meetingId, personId)
                .orElseGet(() -> participants.save(new MeetingParticipant(meetingId, personId)));
    }

    private List<Long> invitedIds(long meetingId) {
        return participants.findByMeetingId(meetingId).stream().filter(MeetingParticipant::isInvited)
                .map(MeetingParticipant::getPersonId).toList();
    }

    private Set<Long> memberIds(long experimentationId) {
        return memberships.membersOf(experimentationId).stream().map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }





    private Map<College, List<MemberService.Member>> invitable(Viewer viewer, long experimentationId,
                                                               List<MeetingParticipant> rows) {
        Set<Long> invited = rows.stream().filter(MeetingParticipant::isInvited).map(MeetingParticipant::getPersonId)
                .collect(Collectors.toSet());
        Map<College, List<MemberService.Member>> result = new LinkedHashMap<>();
        members.membersByCollege(viewer, experimentationId).forEach((college, list) -> {
            // people without a college (carriers, committee) come last, under the key null
            result.put(college, list.stream().filter(m -> !invited.contains(m.personId())).toList());
        });
        return result;
    }
}
