package coop.faireavec.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrespondentRepository extends JpaRepository<Correspondent, Long> {

    List<Correspondent> findByTerritoryIdAndEndedAtIsNullOrderByAppointedAt(long territoryId);

    Optional<Correspondent> findFirstByTerritoryIdAndPersonIdAndEndedAtIsNull(long territoryId, long personId);

    List<Correspondent> findByPersonIdAndEndedAtIsNull(long personId);
}
