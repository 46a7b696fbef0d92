package coop.faireavec.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the audit events older than {@code faireavec.audit.retention} (a period such as {@code P12M}, the default:
 * the CNIL's usual retention for access logs), then records in the audit that it purged and how many. The events
 * are deleted through SQL here, inside the audit package: the repository stays append-only. Run by
 * {@link AuditPurgeJob} on a schedule, or by tests with a clock they control.
 */
@Service
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Period retention;
    private final String table;

    AuditRetention(
            JdbcTemplate jdbc,
            AuditLog audit,
            Clock clock,
            @Value("${faireavec.audit.retention:P12M}") Period retention,
            @Value("${faireavec.db.schema}") String schema) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
        this.table = schema + ".audit_event";
    }

    /**
     * Deletes the events that occurred before now minus the retention period (in the platform's time zone) and, if
     * any were deleted, appends an {@link AuditKind#AUDIT_PURGED} event saying how many.
     *
     * @return the number of events deleted
     */
    @Transactional
    public int purge() {
        ZonedDateTime limit = ZonedDateTime.now(clock.withZone(audit.zone())).minus(retention);
        Instant before = limit.toInstant();
        int deleted = jdbc.update("delete from " + table + " where occurred_at < ?", java.sql.Timestamp.from(before));
        if (deleted > 0) {
            audit.record(
                    AuditLog.platform(),
                    AuditKind.AUDIT_PURGED,
                    "audit",
                    null,
                    // the limit in the platform's time zone, with its offset, as every audit time shown
                    deleted + " events before " + limit.toOffsetDateTime() + " (retention " + retention + ")");
            log.info("Audit retention: {} events older than {} deleted", deleted, retention);
        }
        return deleted;
    }

    /** The retention period in force. */
    public Period retention() {
        return retention;
    }
}
