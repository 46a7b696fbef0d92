package coop.faireavec.actionlead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadCommentRepository extends JpaRepository<LeadComment, Long> {

    List<LeadComment> findByLeadIdOrderByCreatedAtAscIdAsc(Long leadId);
}
