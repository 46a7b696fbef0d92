package coop.faireavec.meeting;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.AlreadyDoneException;
import coop.faireavec.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting: written by the carrier (see {@link MinutesDraft} for the first draft), sent to the
 * colleges present, validated by one present member of each (or noted for them with their agreement), frozen once
 * all agree, corrected later only as a new version. Validated minutes complete the BPMN step the meeting serves.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    private final MeetingLookup lookup;
    private final MeetingSteps steps;
    private final MeetingMinutesRepository minutes;
    private final MinutesValidationRepository validations;
    private final MeetingParticipantRepository participants;
    private final MembershipService memberships;
    private final MeetingInvitations invitations;
    private final AccessGuard guard;
    private final MeetingTime time;
    private final PeopleService people;
    private final EntityManager entityManager;

    private final AuditLog audit;

    MinutesService(
            MeetingLookup lookup,
            MeetingSteps steps,
            MeetingMinutesRepository minutes,
            MinutesValidationRepository validations,
            MeetingParticipantRepository participants,
            MembershipService memberships,
            MeetingInvitations invitations,
            AccessGuard guard,
            MeetingTime time,
            PeopleService people,
            EntityManager entityManager,
            AuditLog audit) {
        this.audit = audit;
        this.people = people;
        this.entityManager = entityManager;
        this.time = time;
        this.lookup = lookup;
        this.steps = steps;
        this.minutes = minutes;
        this.validations = validations;
        this.participants = participants;
        this.memberships = memberships;
        this.invitations = invitations;
        this.guard = guard;
    }

    /** Every version of the minutes, newest first (for the print page), for members. */
    public List<MeetingMinutes> versions(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireMember(viewer, experimentationId);
        lookup.find(experimentationId, meetingId);
        return minutes.findByMeetingIdOrderByVersionNoDesc(meetingId);
    }

    /**
     * The meetings whose minutes wait for the viewer's college: sent for validation, the viewer was there with a
     * college of that experimentation, and nobody of that college approved this submission yet; oldest meeting
     * first. Only the viewer's own attendance is read, so no further check ("Mes étapes" lists them).
     */
    public List<Meeting> awaitingMyCollege(Viewer viewer) {
        // a fixed number of statements whatever the meetings attended: the benchmark's statements per page
        Set<Long> attended = participants.findByPersonIdAndPresentTrue(viewer.personId()).stream()
                .map(MeetingParticipant::getMeetingId)
                .collect(Collectors.toSet());
        List<Meeting> waiting = new ArrayList<>();
        if (attended.isEmpty()) {
            return waiting;
        }
        Map<Long, MeetingMinutes> submitted = new HashMap<>();
        for (MeetingMinutes current : minutes.findLatestOf(attended)) {
            if (current.getStatus() == MinutesStatus.SUBMITTED) {
                submitted.put(current.getMeetingId(), current);
            }
        }
        if (submitted.isEmpty()) {
            return waiting;
        }
        Map<Long, List<MinutesValidation>> answers = new HashMap<>();
        Set<Long> minutesIds =
                submitted.values().stream().map(MeetingMinutes::getId).collect(Collectors.toSet());
        for (MinutesValidation v : validations.findByMinutesIdIn(minutesIds)) {
            answers.computeIfAbsent(v.getMinutesId(), k -> new ArrayList<>()).add(v);
        }
        for (Meeting meeting : lookup.findAllById(submitted.keySet())) {
            MeetingMinutes current = submitted.get(meeting.getId());
            if (meeting.isCancelled()) {
                continue;
            }
            College college = memberships
                    .membership(viewer.personId(), meeting.getExperimentationId())
                    .map(Membership::getCollege)
                    .orElse(null);
            boolean answered = answers.getOrDefault(current.getId(), List.of()).stream()
                    .anyMatch(v -> v.getSubmissionNo() == current.getSubmissionNo()
                            && v.isApproved()
                            && v.getCollege() == college);
            if (college != null && !answered) {
                waiting.add(meeting);
            }
        }
        waiting.sort(Comparator.comparing(Meeting::getStartsAt));
        return waiting;
    }

    /**
     * For the writing page: a 403 for anyone but a carrier, a 409 before the meeting starts or once it is
     * cancelled (validated minutes show a notice instead of the form).
     */
    public void requireWritable(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        time.requireStarted(lookup.find(experimentationId, meetingId));
    }

    /**
     * The carrier writes the minutes, once the meeting has started; changing submitted minutes sends them back to
     * draft. Returns the minutes. Before the start, cancelled or frozen: 409.
     */
    @Transactional
    public MeetingMinutes saveMinutes(Viewer viewer, long experimentationId, long meetingId, String body) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        time.requireStarted(meeting);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("text required");
        }
        Optional<MeetingMinutes> latest = lookup.latestMinutes(meetingId);
        if (latest.isEmpty()) {
            return minutes.save(new MeetingMinutes(meetingId, 1, body, viewer.personId(), time.instant()));
        }
        latest.get().edit(body, viewer.personId(), time.instant());
        return latest.get();
    }

    /**
     * The carrier sends the minutes to the colleges present: one representative of each validates. Needs the
     * attendance (someone of a college present).
     */
    @Transactional
    public void submitMinutes(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        time.requireStarted(meeting);
        MeetingMinutes current =
                lookup.latestMinutes(meetingId).orElseThrow(() -> new ConflictException("conflict.noMinutes"));
        if (current.getStatus() != MinutesStatus.DRAFT) {
            throw new ConflictException(current.isFrozen() ? "conflict.minutesFrozen" : "conflict.minutesSubmitted");
        }
        List<MeetingParticipant> rows = participants.findByMeetingId(meetingId);
        Map<Long, College> collegeOf = lookup.collegesOf(experimentationId);
        if (MeetingLookup.collegesPresent(rows, collegeOf).isEmpty()) {
            throw new ConflictException("conflict.noAttendance");
        }
        current.submit(time.instant());
        List<Long> present = rows.stream()
                .filter(MeetingParticipant::isPresent)
                .map(MeetingParticipant::getPersonId)
                .filter(collegeOf::containsKey)
                .toList();
        invitations.minutesToValidate(meeting, present);
    }

    /**
     * A college answers submitted minutes, through one of its members who was there (or the carrier, or an allowed
     * practitioner, noting it for them with how they agreed). A correction asked for (with a comment) sends the
     * minutes back to the carrier; once every college present agreed, the minutes are frozen and the BPMN step the
     * meeting serves completes (if the rule did not hold, after the carrier says why).
     */
    @Transactional
    public void validateMinutes(
            Viewer viewer,
            long experimentationId,
            long meetingId,
            boolean approved,
            String comment,
            Long forPersonId,
            ConsentKind consent,
            String consentNote) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        MeetingLookup.requireNotCancelled(meeting);
        MeetingMinutes current =
                lookup.latestMinutes(meetingId).orElseThrow(() -> new ConflictException("conflict.noMinutes"));
        // two answers at once (the same college twice, or the last two colleges): one after the other, each seeing the
        // other's answer, so that a college validates once and the last answer freezes the minutes and completes the
        // step exactly once
        entityManager.refresh(current, LockModeType.PESSIMISTIC_WRITE);
        if (current.isFrozen()) {
            // frozen by the other answer of the same moment: say who of this college validated it, and when
            College own =
                    lookup.collegesOf(experimentationId).get(forPersonId == null ? viewer.personId() : forPersonId);
            approvalOf(current, own).ifPresent(done -> {
                throw alreadyDone(done, experimentationId, meetingId);
            });
            throw new ConflictException("conflict.minutesFrozen");
        }
        if (current.getStatus() != MinutesStatus.SUBMITTED) {
            throw new ConflictException("conflict.minutesNotSubmitted");
        }
        long personId = forPersonId == null ? viewer.personId() : forPersonId;
        if (personId != viewer.personId()) {
            if (!memberships.mayRecordForOthers(viewer.personId(), experimentationId)) {
                throw new AccessDeniedException("may not record for others");
            }
            if (consent == null) {
                throw new IllegalArgumentException("consent required");
            }
        }
        boolean present = participants
                .findByMeetingIdAndPersonId(meetingId, personId)
                .map(MeetingParticipant::isPresent)
                .orElse(false);
        Map<Long, College> collegeOf = lookup.collegesOf(experimentationId);
        College college = collegeOf.get(personId);
        if (!present || college == null) {
            throw new AccessDeniedException("only someone of a college present validates the minutes");
        }
        if (!approved && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("say what to correct");
        }
        List<MinutesValidation> answers = validations.findByMinutesIdOrderByCreatedAtAscIdAsc(current.getId()).stream()
                .filter(v -> v.getSubmissionNo() == current.getSubmissionNo())
                .toList();
        Optional<MinutesValidation> done = approvalOf(current, college);
        if (done.isPresent()) {
            throw alreadyDone(done.get(), experimentationId, meetingId);
        }
        validations.save(new MinutesValidation(
                current,
                college,
                personId,
                viewer.personId(),
                approved,
                comment,
                personId == viewer.personId() ? null : consent,
                personId == viewer.personId() ? null : consentNote,
                time.instant()));
        if (personId != viewer.personId()) {
            // who answered for whom, never the comment
            audit.record(
                    audit.actor(viewer.personId()),
                    AuditKind.RECORDED_ON_BEHALF,
                    "minutes",
                    current.getId(),
                    (approved ? "minutes approved" : "minutes correction asked") + " for meeting " + meetingId,
                    experimentationId,
                    personId);
        }
        if (!approved) {
            current.backToDraft(time.instant());
            invitations.minutesNoLongerToValidate(meeting);
            invitations.correctionAsked(meeting, lookup.carriersOf(experimentationId));
            return;
        }
        Set<College> agreed = new HashSet<>();
        answers.stream().filter(MinutesValidation::isApproved).forEach(v -> agreed.add(v.getCollege()));
        agreed.add(college);
        if (agreed.containsAll(MeetingLookup.collegesPresent(participants.findByMeetingId(meetingId), collegeOf))) {
            current.freeze(time.instant());
            invitations.minutesNoLongerToValidate(meeting);
            steps.completeIfReady(meeting);
        }
    }

    /** The approval a college gave to the present submission of these minutes, if any. */
    private Optional<MinutesValidation> approvalOf(MeetingMinutes current, College college) {
        return validations.findByMinutesIdOrderByCreatedAtAscIdAsc(current.getId()).stream()
                .filter(v -> v.getSubmissionNo() == current.getSubmissionNo())
                .filter(v -> v.isApproved() && v.getCollege() == college)
                .findFirst();
    }

    /** "Déjà fait par … le … à …": who noted that approval, when, and the meeting's page. */
    private AlreadyDoneException alreadyDone(MinutesValidation done, long experimentationId, long meetingId) {
        Person by = people.byIds(Set.of(done.getRecordedById())).get(done.getRecordedById());
        return new AlreadyDoneException(
                by == null ? null : by.getDisplayName(),
                done.getCreatedAt(),
                "/experimentations/" + experimentationId + "/meetings/" + meetingId);
    }

    /** Validated minutes are never changed: a later correction starts a new version from the frozen text. */
    @Transactional
    public MeetingMinutes newVersion(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        lookup.find(experimentationId, meetingId);
        MeetingMinutes current =
                lookup.latestMinutes(meetingId).orElseThrow(() -> new ConflictException("conflict.noMinutes"));
        if (!current.isFrozen()) {
            throw new ConflictException("conflict.minutesNotFrozen");
        }
        return minutes.save(new MeetingMinutes(
                meetingId, current.getVersionNo() + 1, current.getBody(), viewer.personId(), time.instant()));
    }

    /**
     * The carrier says why a meeting whose rule did not hold still counts; the step it serves can then complete.
     * Only asked (409 otherwise) when the meeting serves a step not yet completed, its minutes are validated, its
     * rule did not hold with the people present and no reason is written yet.
     */
    @Transactional
    public void justify(Viewer viewer, long experimentationId, long meetingId, String why) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        boolean frozen =
                lookup.latestMinutes(meetingId).map(MeetingMinutes::isFrozen).orElse(false);
        if (meeting.getTaskId() == null
                || meeting.isStepCompleted()
                || !frozen
                || meeting.getRuleJustification() != null
                || steps.ruleHeld(meeting)) {
            throw new ConflictException("conflict.noJustificationNeeded");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("say why");
        }
        meeting.justify(why);
        steps.completeIfReady(meeting);
    }
}
