package coop.faireavec.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UpkeepRoundRepository extends JpaRepository<UpkeepRound, Long> {

    Optional<UpkeepRound> findFirstByTerritoryIdAndClosedAtIsNullOrderByOpenedAtDesc(long territoryId);

    List<UpkeepRound> findByTerritoryIdAndClosedAtIsNull(long territoryId);

    /** Ids of the territory's live organisations verified on or before that day (stale). */
    @Query("""
            select s.id from Structure s
            where s.territoryId = :territoryId and s.archivedAt is null and s.verifiedOn <= :cutoff
            """)
    List<Long> staleStructures(@Param("territoryId") long territoryId, @Param("cutoff") LocalDate cutoff);

    /** Ids of the live services of the territory's live organisations verified on or before that day (stale). */
    @Query("""
            select v.id from OfferedService v, Structure s
            where v.structureId = s.id and s.territoryId = :territoryId and s.archivedAt is null
              and v.archivedAt is null and v.verifiedOn <= :cutoff
            """)
    List<Long> staleServices(@Param("territoryId") long territoryId, @Param("cutoff") LocalDate cutoff);

    /** The territories that have at least one active correspondent. */
    @Query("select distinct c.territoryId from Correspondent c where c.endedAt is null")
    List<Long> territoriesWithCorrespondents();
}
