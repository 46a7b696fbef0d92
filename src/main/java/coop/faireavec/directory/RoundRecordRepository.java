package coop.faireavec.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRecordRepository extends JpaRepository<RoundRecord, Long> {

    List<RoundRecord> findByRoundIdOrderByPersonIdAscIdAsc(long roundId);

    List<RoundRecord> findByRoundIdAndPersonIdOrderByIdAsc(long roundId, long personId);
}
