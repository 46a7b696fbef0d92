package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * What the meeting services share: finding a meeting within its experimentation (another experimentation's meeting
 * is not found), its latest minutes, the colleges of the people concerned and the counts a composition rule checks.
 * No access check here: the public services check first.
 */
@Component
class MeetingLookup {

    private final MeetingRepository meetings;
    private final MeetingMinutesRepository minutes;
    private final MembershipService memberships;
    private final MeetingParticipantRepository participants;

    MeetingLookup(
            MeetingRepository meetings,
            MeetingMinutesRepository minutes,
            MembershipService memberships,
            MeetingParticipantRepository participants) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.memberships = memberships;
        this.participants = participants;
    }

    /** The people invited to the meeting (for calendar mails). */
    List<Long> invitedIds(long meetingId) {
        return participants.findByMeetingId(meetingId).stream()
                .filter(MeetingParticipant::isInvited)
                .map(MeetingParticipant::getPersonId)
                .toList();
    }

    Meeting find(long experimentationId, long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> m.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    Optional<Meeting> findById(long meetingId) {
        return meetings.findById(meetingId);
    }

    List<Meeting> findAllById(java.util.Collection<Long> meetingIds) {
        return meetings.findAllById(meetingIds);
    }

    Optional<MeetingMinutes> latestMinutes(long meetingId) {
        return minutes.findFirstByMeetingIdOrderByVersionNoDesc(meetingId);
    }

    void requireMinutesNotFrozen(long meetingId) {
        if (latestMinutes(meetingId).map(MeetingMinutes::isFrozen).orElse(false)) {
            throw new ConflictException("conflict.minutesFrozen");
        }
    }

    static void requireNotCancelled(Meeting meeting) {
        if (meeting.isCancelled()) {
            throw new ConflictException("conflict.meetingCancelled");
        }
    }

    List<Long> carriersOf(long experimentationId) {
        return memberships.membersOf(experimentationId).stream()
                .filter(m -> m.has(ExperimentationRole.CARRIER))
                .map(Membership::getPersonId)
                .toList();
    }

    /** The college of each member who has one (carriers and committee members often have none). */
    Map<Long, College> collegesOf(long experimentationId) {
        return memberships.collegeByPerson(experimentationId);
    }

    /** How many of these people, per college, are in the group asked for (invited, coming, present). */
    static Map<College, Long> count(
            List<MeetingParticipant> rows, Map<Long, College> collegeOf, Predicate<MeetingParticipant> which) {
        Map<College, Long> counts = new EnumMap<>(College.class);
        for (MeetingParticipant p : rows) {
            College c = collegeOf.get(p.getPersonId());
            if (c != null && which.test(p)) {
                counts.merge(c, 1L, Long::sum);
            }
        }
        return counts;
    }

    static Set<College> collegesPresent(List<MeetingParticipant> rows, Map<Long, College> collegeOf) {
        return count(rows, collegeOf, MeetingParticipant::isPresent).keySet();
    }
}
