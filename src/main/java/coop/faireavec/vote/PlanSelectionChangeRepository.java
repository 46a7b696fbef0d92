package coop.faireavec.vote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSelectionChangeRepository extends JpaRepository<PlanSelectionChange, Long> {

    List<PlanSelectionChange> findByExperimentationIdOrderByIdAsc(Long experimentationId);

    void deleteByExperimentationId(Long experimentationId);
}
