package coop.faireavec.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfferedServiceRepository extends JpaRepository<OfferedService, Long> {

    List<OfferedService> findByStructureIdAndArchivedAtIsNullOrderByNom(long structureId);

    List<OfferedService> findByStructureIdInAndArchivedAtIsNullOrderByNom(Collection<Long> structureIds);

    /** The live services of the territory's live organisations. */
    @Query("""
            select count(v) from OfferedService v, Structure s
            where v.structureId = s.id and s.territoryId = :territoryId and s.archivedAt is null and v.archivedAt is null
            """)
    long countLive(@Param("territoryId") long territoryId);

    /** The same, verified after that day. */
    @Query("""
            select count(v) from OfferedService v, Structure s
            where v.structureId = s.id and s.territoryId = :territoryId and s.archivedAt is null and v.archivedAt is null
              and v.verifiedOn > :after
            """)
    long countLiveVerifiedAfter(@Param("territoryId") long territoryId, @Param("after") LocalDate after);
}
