package coop.faireavec.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Memberships; the finders load each membership's roles in the same statement (no query per membership). */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    @EntityGraph(attributePaths = "roles")
    List<Membership> findByExperimentationId(Long experimentationId);

    @EntityGraph(attributePaths = "roles")
    List<Membership> findByPersonId(Long personId);

    @EntityGraph(attributePaths = "roles")
    Optional<Membership> findByPersonIdAndExperimentationId(Long personId, Long experimentationId);
}
