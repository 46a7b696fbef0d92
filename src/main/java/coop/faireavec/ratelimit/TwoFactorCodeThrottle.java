package coop.faireavec.ratelimit;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Two-factor code throttling (issue #16, points 1 and 2): wrong codes are counted per account ({@code
 * faireavec.throttling.two-factor-code.per-account}), shared by every node like the sign-in buckets. The code step
 * already sends the person back to the password after 5 wrong codes; this bucket is what stops someone who knows the
 * password from typing it again for 5 more guesses, without end: a right password does not refill it, only a right
 * code. A refused attempt is written in the audit ({@link AuditKind#SIGN_IN_THROTTLED}; never the code). No
 * transaction: Bucket4j runs its own.
 */
@Service
public class TwoFactorCodeThrottle {

    private final Buckets perAccount;
    private final AuditLog audit;

    TwoFactorCodeThrottle(
            ProxyManager<String> store,
            AuditLog audit,
            @Value("${faireavec.throttling.two-factor-code.per-account}") String perAccount) {
        this.perAccount = new Buckets("two-factor-code/account", Limit.parseAll(perAccount), store);
        this.audit = audit;
    }

    /**
     * Lets one typed code be checked, or refuses it (and audits the refusal).
     *
     * @param personId the person signing in
     * @param actor who (the person waiting for the code step) and from which client address, for the audit
     * @return allowed (one token taken), or refused with the time to wait (nothing taken)
     */
    public Verdict attempt(long personId, AuditLog.Actor actor) {
        Verdict verdict = Buckets.takeFromAll(List.of(perAccount.of(Long.toString(personId))));
        if (!verdict.allowed()) {
            audit.record(actor, AuditKind.SIGN_IN_THROTTLED, "account", personId, "code de double authentification");
        }
        return verdict;
    }

    /** The code was right: the bucket is full again. */
    public void rightCode(long personId) {
        perAccount.of(Long.toString(personId)).reset();
    }
}
