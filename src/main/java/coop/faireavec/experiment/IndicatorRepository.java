package coop.faireavec.experiment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByExperimentIdOrderByPosition(long experimentId);
}
