package coop.faireavec.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesValidationRepository extends JpaRepository<MinutesValidation, Long> {

    List<MinutesValidation> findByMinutesIdOrderByCreatedAtAscIdAsc(Long minutesId);
}
