package coop.faireavec.meeting;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is invited to a meeting, who answered and who came. Invitations and answers are taken until the meeting
 * starts; from then on the attendance (taken by the carrier, until the minutes are validated) says who came.
 * A request at another time is a 409 ({@link MeetingTime}).
 */
@Service
@Transactional(readOnly = true)
public class MeetingAttendance {

    private final MeetingParticipantRepository participants;
    private final MeetingLookup lookup;
    private final MeetingTime time;
    private final MembershipService memberships;
    private final MemberService members;
    private final MeetingInvitations invitations;
    private final AccessGuard guard;

    private final AuditLog audit;

    MeetingAttendance(
            MeetingParticipantRepository participants,
            MeetingLookup lookup,
            MeetingTime time,
            MembershipService memberships,
            MemberService members,
            MeetingInvitations invitations,
            AccessGuard guard,
            AuditLog audit) {
        this.audit = audit;
        this.participants = participants;
        this.lookup = lookup;
        this.time = time;
        this.memberships = memberships;
        this.members = members;
        this.invitations = invitations;
        this.guard = guard;
    }

    /**
     * The carrier invites whole colleges and/or people one by one (members of the experimentation only), before the
     * meeting starts; each new invitee is told in the app and, with an address, by e-mail with the calendar
     * invitation. Returns how many were newly invited. Throws a 403 for anyone but a carrier, a 409 for a meeting
     * cancelled or started, {@link IllegalArgumentException} for a person who is not a member.
     */
    @Transactional
    public int invite(
            Viewer viewer,
            long experimentationId,
            long meetingId,
            Collection<College> colleges,
            Collection<Long> personIds) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        time.requireNotStarted(meeting);
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
            invitations.invited(meeting, newly);
        }
        return newly.size();
    }

    /**
     * An invitee answers; the carrier may note the answer for an invitee (e.g. given on the phone). Answers are
     * taken until the meeting starts (then the attendance says who came): a 409 after, or for a cancelled meeting.
     * Anyone else than an invitee or a carrier gets a 403.
     */
    @Transactional
    public void reply(Viewer viewer, long experimentationId, long meetingId, Reply reply, Long forPersonId) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        long personId = forPersonId == null ? viewer.personId() : forPersonId;
        if (personId != viewer.personId()) {
            guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        }
        time.requireNotStarted(meeting); // answers are closed for everyone, as for a cancelled meeting
        MeetingParticipant p = participants
                .findByMeetingIdAndPersonId(meetingId, personId)
                .filter(MeetingParticipant::isInvited)
                .orElseThrow(() -> new AccessDeniedException("only invitees answer an invitation"));
        p.reply(reply, viewer.personId(), time.instant());
        if (personId != viewer.personId()) {
            audit.record(
                    audit.actor(viewer.personId()),
                    AuditKind.RECORDED_ON_BEHALF,
                    "meeting",
                    meetingId,
                    "meeting reply " + reply,
                    experimentationId,
                    personId);
        }
    }

    /**
     * The carrier ticks who came among the members (invited or not); the others are marked absent. Only once the
     * meeting has started and until its minutes are validated (409 otherwise); {@link IllegalArgumentException}
     * for a person who is not a member.
     */
    @Transactional
    public void attendance(Viewer viewer, long experimentationId, long meetingId, Collection<Long> presentIds) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        requireAttendanceOpen(lookup.find(experimentationId, meetingId));
        if (!memberIds(experimentationId).containsAll(presentIds)) {
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
     * spot to a college; they become a participant of the experimentation, present at this meeting. Returns their
     * person id. Same times as {@link #attendance}.
     */
    @Transactional
    public long addOnTheSpot(
            Viewer viewer, long experimentationId, long meetingId, String displayName, College college) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        requireAttendanceOpen(lookup.find(experimentationId, meetingId));
        Person person = members.addNewPerson(
                viewer,
                experimentationId,
                new MemberService.NewMember(
                        displayName.trim(), null, null, college, ExperimentationRole.PARTICIPANT, null, null));
        participants.save(new MeetingParticipant(meetingId, person.getId())).addedOnSpot();
        return person.getId();
    }

    /**
     * For a form that failed (no answer chosen, nobody to invite): a 409 when the meeting is cancelled or started,
     * so that the page is not shown again with a form that would be refused.
     */
    public void requireBeforeStart(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireMember(viewer, experimentationId);
        time.requireNotStarted(lookup.find(experimentationId, meetingId));
    }

    /** For the attendance sheet: a 403 for anyone but a carrier, a 409 when attendance cannot be taken now. */
    public void requireAttendanceSheet(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        requireAttendanceOpen(lookup.find(experimentationId, meetingId));
    }

    private void requireAttendanceOpen(Meeting meeting) {
        time.requireStarted(meeting);
        lookup.requireMinutesNotFrozen(meeting.getId());
    }

    private MeetingParticipant participant(long meetingId, long personId) {
        return participants
                .findByMeetingIdAndPersonId(meetingId, personId)
                .orElseGet(() -> participants.save(new MeetingParticipant(meetingId, personId)));
    }

    private Set<Long> memberIds(long experimentationId) {
        return memberships.membersOf(experimentationId).stream()
                .map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }
}
