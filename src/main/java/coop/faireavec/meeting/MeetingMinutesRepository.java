package coop.faireavec.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingMinutesRepository extends JpaRepository<MeetingMinutes, Long> {

    /** Every version, newest first. */
    List<MeetingMinutes> findByMeetingIdOrderByVersionNoDesc(Long meetingId);

    Optional<MeetingMinutes> findFirstByMeetingIdOrderByVersionNoDesc(Long meetingId);
}
