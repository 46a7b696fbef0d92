package coop.faireavec.decision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRulesOverrideRepository extends JpaRepository<DecisionRulesOverride, Long> {

    Optional<DecisionRulesOverride> findByExperimentationId(Long experimentationId);
}
