package coop.faireavec.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByExperimentationIdOrderByIdAsc(Long experimentationId);

    boolean existsByFunderId(Long funderId);
}
