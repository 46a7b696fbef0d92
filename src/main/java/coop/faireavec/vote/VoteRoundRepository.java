package coop.faireavec.vote;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRoundRepository extends JpaRepository<VoteRound, Long> {

    Optional<VoteRound> findByTaskId(String taskId);

    Optional<VoteRound> findFirstByExperimentationIdOrderByOpenedAtDescIdDesc(Long experimentationId);
}
