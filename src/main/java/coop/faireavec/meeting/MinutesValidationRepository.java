package coop.faireavec.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesValidationRepository extends JpaRepository<MinutesValidation, Long> {

    List<MinutesValidation> findByMinutesIdOrderByCreatedAtAscIdAsc(Long minutesId);

    /** The answers to any of these minutes, in one statement. */
    List<MinutesValidation> findByMinutesIdIn(Collection<Long> minutesIds);
}
