package coop.faireavec.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FunderRepository extends JpaRepository<Funder, Long> {

    List<Funder> findByExperimentationIdOrderByIdAsc(Long experimentationId);
}
