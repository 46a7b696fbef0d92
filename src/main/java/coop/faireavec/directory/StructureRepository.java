package coop.faireavec.directory;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StructureRepository extends JpaRepository<Structure, Long> {

    /**
     * The territory's organisations that are not archived, by name. Empty strings mean "any": {@code text} is
     * normalised ({@link SearchText}) and found in the organisation's or one of its services' search text;
     * {@code theme} and {@code audience} are codes one of its services has; {@code commune} is the exact commune.
     */
    @Query("""
            select s from Structure s
            where s.territoryId = :territoryId and s.archivedAt is null
              and (:text = '' or s.searchText like :textPattern
                   or exists (select v.id from OfferedService v where v.structureId = s.id and v.archivedAt is null
                              and v.searchText like :textPattern))
              and (:commune = '' or s.commune = :commune)
              and (:theme = '' or exists (select v.id from OfferedService v where v.structureId = s.id
                   and v.archivedAt is null and v.thematiques like :themePattern))
              and (:audience = '' or exists (select v.id from OfferedService v where v.structureId = s.id
                   and v.archivedAt is null and v.publics like :audiencePattern))
            order by lower(s.nom), s.id
            """)
    Page<Structure> search(
            @Param("territoryId") long territoryId,
            @Param("text") String text,
            @Param("textPattern") String textPattern,
            @Param("commune") String commune,
            @Param("theme") String theme,
            @Param("themePattern") String themePattern,
            @Param("audience") String audience,
            @Param("audiencePattern") String audiencePattern,
            Pageable page);

    @Query("""
            select distinct s.commune from Structure s
            where s.territoryId = :territoryId and s.archivedAt is null and s.commune is not null
            order by s.commune
            """)
    List<String> communes(@Param("territoryId") long territoryId);

    long countByTerritoryIdAndArchivedAtIsNull(long territoryId);

    long countByTerritoryIdAndArchivedAtIsNullAndVerifiedOnAfter(long territoryId, LocalDate after);

    List<Structure> findByTerritoryIdAndArchivedAtIsNullOrderByNom(long territoryId);

    List<Structure> findByTerritoryIdAndArchivedAtIsNotNullOrderByArchivedAtDesc(long territoryId);
}
