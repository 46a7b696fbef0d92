package coop.faireavec.meeting;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.shared.RequestMemo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of an experimentation: reading them, planning, changing, cancelling, linking one to a BPMN meeting step,
 * and the reminder the day before. Any member sees the meetings; only carriers plan and change them. A meeting is
 * changed only before it starts and cancelled only while nothing of it is recorded (409 otherwise). Invitations,
 * answers and attendance are in {@link MeetingAttendance}, words in {@link MeetingWords}, minutes in
 * {@link MinutesService}, the meeting page in {@link MeetingPages}.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    /**
     * The kind of meeting a step asks for (its step kind says so), or null when no meeting serves that step.
     *
     * @param formKey the step's form key
     */
    public MeetingKind meetingKindFor(String formKey) {
        return stepKinds.meetingKindFor(formKey).orElse(null);
    }

    private final MeetingStepKinds stepKinds;
    private final MeetingRepository meetings;
    private final MeetingParticipantRepository participants;
    private final MeetingLookup lookup;
    private final MeetingTime time;
    private final MeetingSteps steps;
    private final ContributionService contributions;
    private final ExperimentationService experimentations;
    private final MeetingInvitations invitations;
    private final WorkflowEngine workflow;
    private final AccessGuard guard;

    MeetingService(
            MeetingRepository meetings,
            MeetingParticipantRepository participants,
            MeetingLookup lookup,
            MeetingTime time,
            MeetingSteps steps,
            ContributionService contributions,
            ExperimentationService experimentations,
            MeetingInvitations invitations,
            WorkflowEngine workflow,
            AccessGuard guard,
            MeetingStepKinds stepKinds) {
        this.stepKinds = stepKinds;
        this.meetings = meetings;
        this.participants = participants;
        this.lookup = lookup;
        this.time = time;
        this.steps = steps;
        this.contributions = contributions;
        this.experimentations = experimentations;
        this.invitations = invitations;
        this.workflow = workflow;
        this.guard = guard;
    }

    // ---- reading

    /** The wall-clock time now in the platform's time zone, the one meeting times are written in. */
    java.time.LocalDateTime now() {
        return time.now();
    }

    /** The platform's time zone, in which meeting times are wall-clock times. */
    public java.time.ZoneId zone() {
        return time.zone();
    }

    /** The meetings of an experimentation: the ones not over yet (soonest first), then past ones (latest first). */
    public record Timeline(List<Meeting> coming, List<Meeting> past) {}

    /** The meetings of an experimentation, for its members. */
    public Timeline meetingsOf(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        java.time.LocalDateTime now = now();
        List<Meeting> all = meetings.findByExperimentationIdOrderByStartsAtAscIdAsc(experimentationId);
        // the latest past meeting first: that is the one whose minutes are being written
        return new Timeline(
                all.stream().filter(m -> m.getEndsAt().isAfter(now)).toList(),
                all.stream()
                        .filter(m -> !m.getEndsAt().isAfter(now))
                        .sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
                        .toList());
    }

    /** One meeting, for a member of its experimentation; a meeting of another experimentation is not found. */
    public Meeting get(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireMember(viewer, experimentationId);
        return lookup.find(experimentationId, meetingId);
    }

    /** A meeting someone is invited to, with their answer so far. */
    public record Invitation(Meeting meeting, Reply reply) {}

    /**
     * The meetings the viewer is invited to that have not ended, soonest first (cancelled ones included, so that
     * nobody comes for nothing): for the dashboard. Only their own invitations, so no further check.
     */
    public List<Invitation> upcomingFor(Viewer viewer) {
        // the dashboard asks twice (its count of things to do, its list): read once per page
        return new ArrayList<>(
                RequestMemo.get("meetings-upcoming-for:" + viewer.personId(), () -> readUpcomingFor(viewer)));
    }

    private List<Invitation> readUpcomingFor(Viewer viewer) {
        java.time.LocalDateTime now = now();
        Map<Long, Reply> replies = new HashMap<>();
        participants
                .findByPersonIdAndInvitedTrue(viewer.personId())
                .forEach(p -> replies.put(p.getMeetingId(), p.getReply()));
        return meetings.findAllById(replies.keySet()).stream()
                .filter(m -> m.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .map(m -> new Invitation(m, replies.get(m.getId())))
                .toList();
    }

    /**
     * Who was present at one meeting of the experimentation, and for how long: what the funding values as time given.
     *
     * @param meetingId the meeting
     * @param phase the phase's name ({@code SHARED_DIAGNOSIS}...) the meeting belongs to, null when none
     * @param durationMinutes the meeting's planned duration, in minutes
     * @param presentPersonIds the people marked present (empty when no attendance was taken)
     */
    public record Presences(long meetingId, String phase, int durationMinutes, List<Long> presentPersonIds) {}

    /**
     * The attendance of every meeting of the experimentation that was not cancelled, in date order. No access check:
     * callers (the funding service) check first.
     */
    public List<Presences> presencesOf(long experimentationId) {
        return meetings.findByExperimentationIdOrderByStartsAtAscIdAsc(experimentationId).stream()
                .filter(m -> !m.isCancelled())
                .map(m -> new Presences(
                        m.getId(),
                        m.getPhase(),
                        m.getDurationMinutes(),
                        participants.findByMeetingId(m.getId()).stream()
                                .filter(MeetingParticipant::isPresent)
                                .map(MeetingParticipant::getPersonId)
                                .toList()))
                .toList();
    }

    /** The meeting planned for a BPMN step, if any (no access check: callers checked the step). */
    public Optional<Meeting> forStep(String taskId) {
        return meetings.findFirstByTaskId(taskId);
    }

    /** Meetings of the experimentation not yet serving a step: the carrier may link one to a meeting step. */
    public List<Meeting> linkableTo(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        return meetings.findByExperimentationIdOrderByStartsAtAscIdAsc(experimentationId).stream()
                .filter(m -> m.getTaskId() == null && !m.isCancelled())
                .toList();
    }

    /** For pages only carriers open (planning forms): a 403 for anyone else. */
    public void requireCarrier(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    /** Whether the viewer carries this experimentation. */
    public boolean isCarrier(Viewer viewer, long experimentationId) {
        return guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER);
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
        Meeting meeting = meetings.save(new Meeting(
                experimentationId,
                details,
                e.getCurrentPhase() == null ? null : e.getCurrentPhase().name(),
                viewer.personId(),
                time.instant()));
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

    /**
     * For the change form: a 403 for anyone but a carrier, a 404 for a meeting of another experimentation, a 409
     * for a meeting cancelled or started. Returns the meeting.
     */
    public Meeting changeable(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        time.requireNotStarted(meeting);
        return meeting;
    }

    /**
     * Whether something of the meeting is recorded (someone present, words or minutes): it took place, so it is
     * no longer cancelled.
     */
    boolean isHeld(Meeting meeting) {
        return lookup.latestMinutes(meeting.getId()).isPresent()
                || participants.findByMeetingId(meeting.getId()).stream().anyMatch(MeetingParticipant::isPresent)
                || !contributions.ofMeeting(meeting.getId()).isEmpty();
    }

    /**
     * The carrier changes a meeting before it starts; invitees get an update (same calendar UID, next SEQUENCE) if
     * the date moved. A meeting cancelled or started is a 409.
     */
    @Transactional
    public void change(Viewer viewer, long experimentationId, long meetingId, MeetingDetails details) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        time.requireNotStarted(meeting);
        if (details.kind() != meeting.getKind() && meeting.getTaskId() != null) {
            throw new IllegalArgumentException("the kind of a meeting serving a step is fixed");
        }
        if (meeting.apply(details)) {
            invitations.updated(meeting, lookup.invitedIds(meetingId));
        }
    }

    /**
     * The carrier cancels a meeting; invitees get a cancellation with the same calendar UID. A meeting already
     * cancelled, or that took place (someone present, words or minutes recorded), is a 409.
     */
    @Transactional
    public void cancel(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        if (isHeld(meeting)) {
            throw new ConflictException("conflict.meetingHeld");
        }
        meeting.cancel();
        if (meeting.getTaskId() != null) {
            meeting.linkStep(null, null, null); // the step can be served by another meeting
        }
        invitations.cancelled(meeting, lookup.invitedIds(meetingId));
    }

    /** The calendar file of the meeting (METHOD:PUBLISH, for members who add it to their calendar by hand). */
    public String calendarFile(Viewer viewer, long experimentationId, long meetingId) {
        return invitations.calendarFile(get(viewer, experimentationId, meetingId));
    }

    // ---- reminders

    /**
     * Reminds, once, the invitees who did not say no of every meeting starting within the next 24 hours (in the
     * app, and by e-mail for those with an address). Returns how many meetings were reminded.
     */
    @Transactional
    public int remindComingMeetings(java.time.LocalDateTime now) {
        List<Meeting> due =
                meetings.findByCancelledFalseAndReminderSentAtIsNullAndStartsAtBetween(now, now.plusHours(24));
        for (Meeting meeting : due) {
            List<Long> coming = participants.findByMeetingId(meeting.getId()).stream()
                    .filter(p -> p.isInvited() && p.getReply() != Reply.NO)
                    .map(MeetingParticipant::getPersonId)
                    .toList();
            invitations.remind(meeting, coming);
            meeting.remindersSent(time.instant());
        }
        return due.size();
    }
}
