package coop.faireavec.experiment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    List<Observation> findByExperimentIdOrderByObservedOnAscIdAsc(long experimentId);

    boolean existsByExperimentIdAndRecordedAtAfter(long experimentId, Instant after);
}
