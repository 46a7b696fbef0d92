package coop.faireavec.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonographCitationRepository extends JpaRepository<MonographCitation, Long> {

    List<MonographCitation> findByExperimentationIdOrderById(long experimentationId);

    Optional<MonographCitation> findByExperimentationIdAndMonographId(long experimentationId, long monographId);
}
