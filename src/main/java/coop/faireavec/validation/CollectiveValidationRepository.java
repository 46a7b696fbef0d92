package coop.faireavec.validation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectiveValidationRepository extends JpaRepository<CollectiveValidation, Long> {

    Optional<CollectiveValidation> findByTaskId(String taskId);

    List<CollectiveValidation> findByExperimentationIdAndPhaseOrderByOpenedAtAscIdAsc(
            long experimentationId, String phase);
}
