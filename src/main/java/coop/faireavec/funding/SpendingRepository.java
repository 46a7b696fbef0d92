package coop.faireavec.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpendingRepository extends JpaRepository<Spending, Long> {

    List<Spending> findByExperimentationIdOrderByIdAsc(Long experimentationId);

    boolean existsByFunderId(Long funderId);
}
