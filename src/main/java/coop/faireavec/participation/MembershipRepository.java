package coop.faireavec.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByExperimentationId(Long experimentationId);

    List<Membership> findByPersonId(Long personId);

    Optional<Membership> findByPersonIdAndExperimentationId(Long personId, Long experimentationId);
}
