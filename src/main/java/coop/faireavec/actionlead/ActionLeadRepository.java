package coop.faireavec.actionlead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionLeadRepository extends JpaRepository<ActionLead, Long> {

    List<ActionLead> findByExperimentationIdOrderByIdAsc(Long experimentationId);

    List<ActionLead> findByExperimentationIdAndSelectedTrueOrderByIdAsc(Long experimentationId);
}
