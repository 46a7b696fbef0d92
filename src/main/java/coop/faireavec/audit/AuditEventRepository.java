package coop.faireavec.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: a plain {@link Repository} with save and reads, no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEvent> findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(String recordType, Long recordId);
}
