package coop.faireavec.vote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteBallotRepository extends JpaRepository<VoteBallot, Long> {

    List<VoteBallot> findByRoundId(Long roundId);

    Optional<VoteBallot> findByRoundIdAndVoterId(Long roundId, Long voterId);
}
