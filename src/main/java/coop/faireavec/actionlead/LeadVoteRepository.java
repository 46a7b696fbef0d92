package coop.faireavec.actionlead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadVoteRepository extends JpaRepository<LeadVote, Long> {

    List<LeadVote> findByExperimentationId(Long experimentationId);

    void deleteByExperimentationIdAndCollege(Long experimentationId, String college);
}
