package coop.faireavec.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    List<GrantApplication> findByExperimentationIdOrderByIdAsc(Long experimentationId);

    boolean existsByFunderId(Long funderId);
}
