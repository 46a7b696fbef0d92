package coop.faireavec.experiment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExperimentRepository extends JpaRepository<Experiment, Long> {

    Optional<Experiment> findByLeadId(long leadId);

    List<Experiment> findByExperimentationIdOrderById(long experimentationId);
}
