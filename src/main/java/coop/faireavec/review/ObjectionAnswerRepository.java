package coop.faireavec.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionAnswerRepository extends JpaRepository<ObjectionAnswer, Long> {

    List<ObjectionAnswer> findByObjectionIdIn(Collection<Long> objectionIds);

    Optional<ObjectionAnswer> findByObjectionId(Long objectionId);
}
