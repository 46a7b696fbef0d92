package coop.faireavec.ratelimit;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sign-in throttling (issue #16, point 1; ASVS 5.0 6.1.1 and 6.3.1). Every sign-in attempt takes one token from
 * three buckets before the password is checked:
 * <ul>
 *   <li>the account as typed together with the client address (tight: {@code
 *       faireavec.throttling.sign-in.per-account-and-address}),
 *   <li>the account from any address (looser: {@code ...per-account}), against guessing from many addresses,
 *   <li>the client address for any account (generous: {@code ...per-address}), against trying many accounts, with
 *       room for a social centre where everyone shares one address.
 * </ul>
 * If any bucket is empty the attempt is refused with the time to wait, takes nothing, and is written in the audit
 * ({@link AuditKind#SIGN_IN_THROTTLED}, the username cut, never the password). A successful sign-in gives its tokens
 * back and refills the account-and-address bucket, so a person who finally types the right password starts afresh,
 * and someone else guessing their password from another address never locks them out (unless the guessing from all
 * addresses together empties the per-account bucket). Buckets live in the database on PostgreSQL (every node shares
 * them) or in memory on the H2 demo ({@link RateLimitConfig}). No transaction: Bucket4j runs its own, one per bucket.
 */
@Service
public class SignInThrottle {

    private static final int KEPT_USERNAME_LENGTH = 100;

    private final Buckets perAccountAndAddress;
    private final Buckets perAccount;
    private final Buckets perAddress;
    private final AuditLog audit;

    SignInThrottle(
            ProxyManager<String> store,
            AuditLog audit,
            @Value("${faireavec.throttling.sign-in.per-account-and-address}") String perAccountAndAddress,
            @Value("${faireavec.throttling.sign-in.per-account}") String perAccount,
            @Value("${faireavec.throttling.sign-in.per-address}") String perAddress) {
        this.perAccountAndAddress = new Buckets("sign-in/account+address", Limit.parseAll(perAccountAndAddress), store);
        this.perAccount = new Buckets("sign-in/account", Limit.parseAll(perAccount), store);
        this.perAddress = new Buckets("sign-in/address", Limit.parseAll(perAddress), store);
        this.audit = audit;
    }

    /**
     * Lets one sign-in attempt go on to the password check, or refuses it (and audits the refusal).
     *
     * @param typedUsername the username as typed (may be null or blank); compared trimmed and in lower case, as
     *     accounts are looked up
     * @param clientAddress the client address ({@code request.getRemoteAddr()}, the reverse proxy's
     *     {@code X-Forwarded-For} when it comes from a trusted proxy)
     * @return allowed, or refused with the time to wait
     */
    public Verdict attempt(String typedUsername, String clientAddress) {
        String account = normalised(typedUsername);
        Verdict verdict = Buckets.takeFromAll(List.of(
                perAccountAndAddress.of(account + '\n' + clientAddress),
                perAccount.of(account),
                perAddress.of(clientAddress)));
        if (!verdict.allowed()) {
            audit.record(
                    new AuditLog.Actor(null, null, clientAddress),
                    AuditKind.SIGN_IN_THROTTLED,
                    "account",
                    null,
                    account.length() > KEPT_USERNAME_LENGTH ? account.substring(0, KEPT_USERNAME_LENGTH) : account);
        }
        return verdict;
    }

    /**
     * The password was right: the attempt's tokens go back to the per-account and per-address buckets, and the
     * account-and-address bucket is full again.
     */
    public void signedIn(String typedUsername, String clientAddress) {
        String account = normalised(typedUsername);
        perAccountAndAddress.of(account + '\n' + clientAddress).reset();
        perAccount.of(account).addTokens(1);
        perAddress.of(clientAddress).addTokens(1);
    }

    private static String normalised(String typedUsername) {
        return typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
    }
}
