package coop.faireavec.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRuleOverrideRepository extends JpaRepository<MeetingRuleOverride, Long> {

    Optional<MeetingRuleOverride> findByExperimentationIdAndKind(Long experimentationId, MeetingKind kind);

    List<MeetingRuleOverride> findByExperimentationId(Long experimentationId);
}
