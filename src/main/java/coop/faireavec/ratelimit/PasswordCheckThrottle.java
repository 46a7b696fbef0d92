package coop.faireavec.ratelimit;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Throttling of the password (or code) a signed-in person types again to prove it is them (issue #16, point 1, ASVS
 * 6.3.1): the current password when changing it, the password before erasing one's data, the code or password before
 * turning two-factor off or making new recovery codes. Counted per person ({@code
 * faireavec.throttling.password-check.per-account}), on every node, so that a stolen session cannot guess its way on.
 * A right answer fills the bucket again. A refusal is written in the audit ({@link AuditKind#SIGN_IN_THROTTLED}).
 * No transaction: Bucket4j runs its own.
 */
@Service
public class PasswordCheckThrottle {

    private final Buckets perAccount;
    private final AuditLog audit;

    PasswordCheckThrottle(
            ProxyManager<String> store,
            AuditLog audit,
            @Value("${faireavec.throttling.password-check.per-account}") String perAccount) {
        this.perAccount = new Buckets("password-check/account", Limit.parseAll(perAccount), store);
        this.audit = audit;
    }

    /**
     * Takes one try before the password or code is checked.
     *
     * @param actor the signed-in person (their id is the key) and their client address, for the audit
     * @param what what was being checked, for the audit ("mot de passe actuel"...)
     * @return empty when the check may go on (one token taken), else the whole minutes to wait (nothing taken)
     */
    public Optional<Long> refusal(AuditLog.Actor actor, String what) {
        Verdict verdict = Buckets.takeFromAll(List.of(perAccount.of(Long.toString(actor.personId()))));
        if (verdict.allowed()) {
            return Optional.empty();
        }
        audit.record(actor, AuditKind.SIGN_IN_THROTTLED, "account", actor.personId(), what);
        return Optional.of(verdict.minutesToWait());
    }

    /** The password or code was right: the person's bucket is full again. */
    public void passed(long personId) {
        perAccount.of(Long.toString(personId)).reset();
    }
}
