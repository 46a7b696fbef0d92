package coop.faireavec.experimentation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExperimentationRepository extends JpaRepository<Experimentation, Long> {

    List<Experimentation> findByIdInOrderByTitleAsc(Collection<Long> ids);

    List<Experimentation> findAllByOrderByTitleAsc();
}
