package coop.faireavec.experimentation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExperimentationRepository extends JpaRepository<Experimentation, Long> {

    List<Experimentation> findByIdInOrderByTitleAsc(Collection<Long> ids);

    List<Experimentation> findAllByOrderByTitleAsc();

    /** Closed experimentations not yet anonymised, oldest closing first (the retention job filters by period). */
    List<Experimentation> findByStatusAndAnonymisedAtIsNullAndClosedAtIsNotNullOrderByClosedAtAsc(
            ExperimentationStatus status);
}
