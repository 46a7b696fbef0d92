package coop.faireavec.directory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonographRepository extends JpaRepository<Monograph, Long> {

    List<Monograph> findByTerritoryIdOrderByTitle(long territoryId);

    List<Monograph> findByTerritoryIdAndStatusOrderByTitle(long territoryId, Monograph.Status status);

    List<Monograph> findByStructureIdAndStatusOrderByTitle(long structureId, Monograph.Status status);

    List<Monograph> findByIdIn(Collection<Long> ids);
}
