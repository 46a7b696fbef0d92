package coop.faireavec.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingMinutesRepository extends JpaRepository<MeetingMinutes, Long> {

    /** Every version, newest first. */
    List<MeetingMinutes> findByMeetingIdOrderByVersionNoDesc(Long meetingId);

    Optional<MeetingMinutes> findFirstByMeetingIdOrderByVersionNoDesc(Long meetingId);

    /** The latest version of the minutes of each of these meetings (those that have minutes), in one statement. */
    @Query("select mm from MeetingMinutes mm where mm.meetingId in :meetingIds and mm.versionNo ="
            + " (select max(m2.versionNo) from MeetingMinutes m2 where m2.meetingId = mm.meetingId)")
    List<MeetingMinutes> findLatestOf(@Param("meetingIds") Collection<Long> meetingIds);
}
