package coop.faireavec.experimentation;

import coop.faireavec.participation.ExperimentationRole;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExperimentationRepository extends JpaRepository<Experimentation, Long> {

    List<Experimentation> findByIdInOrderByTitleAsc(Collection<Long> ids);

    List<Experimentation> findAllByOrderByTitleAsc();

    /** Closed experimentations not yet anonymised, oldest closing first (the retention job filters by period). */
    List<Experimentation> findByStatusAndAnonymisedAtIsNullAndClosedAtIsNotNullOrderByClosedAtAsc(
            ExperimentationStatus status);

    /** Whether the person is a member of at least one experimentation on the territory (one query). */
    @Query("select count(m) > 0 from Membership m, Experimentation e"
            + " where m.experimentationId = e.id and m.personId = :person and e.territory.id = :territory")
    boolean isMemberOnTerritory(@Param("person") long personId, @Param("territory") long territoryId);

    /** Whether the person has the role in at least one experimentation on the territory (one query). */
    @Query("select count(m) > 0 from Membership m join m.roles r, Experimentation e"
            + " where m.experimentationId = e.id and m.personId = :person and e.territory.id = :territory"
            + " and r = :role")
    boolean hasRoleOnTerritory(
            @Param("person") long personId,
            @Param("territory") long territoryId,
            @Param("role") ExperimentationRole role);
}
