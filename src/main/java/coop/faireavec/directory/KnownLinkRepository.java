package coop.faireavec.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnownLinkRepository extends JpaRepository<KnownLink, Long> {

    List<KnownLink> findByExperimentationId(long experimentationId);

    Optional<KnownLink> findByExperimentationIdAndOrganisationKey(long experimentationId, String organisationKey);
}
