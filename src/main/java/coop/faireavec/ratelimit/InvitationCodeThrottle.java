package coop.faireavec.ratelimit;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Invitation-code throttling (issue #16, point 1): wrong codes are counted per client address ({@code
 * faireavec.throttling.invitation-code.per-address}), in the database on PostgreSQL (every node) or in memory on the
 * H2 demo, so a new cookie does not start again from zero. Each typed code takes a token before it is looked up; a
 * code that opens an invitation, or that is not shaped like a code at all, gives it back. A refused attempt is written
 * in the audit ({@link AuditKind#INVITATION_CODE_THROTTLED}; never the code). No transaction: Bucket4j runs its own.
 */
@Service
public class InvitationCodeThrottle {

    private final Buckets perAddress;
    private final AuditLog audit;

    InvitationCodeThrottle(
            ProxyManager<String> store,
            AuditLog audit,
            @Value("${faireavec.throttling.invitation-code.per-address}") String perAddress) {
        this.perAddress = new Buckets("invitation-code/address", Limit.parseAll(perAddress), store);
        this.audit = audit;
    }

    /**
     * Lets one typed code be looked up, or refuses it (and audits the refusal).
     *
     * @param clientAddress the client address, as for {@link SignInThrottle#attempt}
     * @return allowed (one token taken), or refused with the time to wait (nothing taken)
     */
    public Verdict attempt(String clientAddress) {
        Verdict verdict = Buckets.takeFromAll(List.of(perAddress.of(clientAddress)));
        if (!verdict.allowed()) {
            audit.record(
                    new AuditLog.Actor(null, null, clientAddress),
                    AuditKind.INVITATION_CODE_THROTTLED,
                    "invitation",
                    null,
                    null);
        }
        return verdict;
    }

    /** The allowed attempt did not count (the code was good, or not a code at all): its token goes back. */
    public void notCounted(String clientAddress) {
        perAddress.of(clientAddress).addTokens(1);
    }
}
