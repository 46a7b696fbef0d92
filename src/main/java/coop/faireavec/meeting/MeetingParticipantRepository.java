package coop.faireavec.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingParticipantRepository extends JpaRepository<MeetingParticipant, Long> {

    List<MeetingParticipant> findByMeetingId(Long meetingId);

    Optional<MeetingParticipant> findByMeetingIdAndPersonId(Long meetingId, Long personId);

    List<MeetingParticipant> findByPersonIdAndInvitedTrue(Long personId);

    List<MeetingParticipant> findByPersonIdAndPresentTrue(Long personId);
}
