package coop.faireavec.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByExperimentationIdOrderByStartsAtAscIdAsc(Long experimentationId);

    Optional<Meeting> findFirstByTaskId(String taskId);

    List<Meeting> findByCancelledFalseAndReminderSentAtIsNullAndStartsAtBetween(
            java.time.LocalDateTime from, java.time.LocalDateTime to);
}
