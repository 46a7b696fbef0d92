package coop.faireavec.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed tokens of the one-click unsubscribe links (RFC 8058): {@code <personId>.<HMAC-SHA256>}, the signature
 * (Base64url, 43 characters) made with a random 256-bit key kept in {@code signing_key} (made at first use, the same on
 * every node). Nobody can make a valid token for a person without the key; a token stays valid as long as the key.
 */
@Component
class UnsubscribeTokens {

    private static final String KEY_NAME = "unsubscribe";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeyRepository keys;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    UnsubscribeTokens(SigningKeyRepository keys, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The token of this person's unsubscribe link. */
    String tokenFor(long personId) {
        return personId + "." + signature(personId);
    }

    /** The person a token was made for, or empty when it is malformed or its signature is wrong. */
    Optional<Long> personOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long personId;
        try {
            personId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(personId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(personId) : Optional.empty();
    }

    private String signature(long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(("unsubscribe." + personId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The key: read once, or made and stored at first use (two nodes racing: the loser reads the winner's). */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        String stored = ownTransaction.execute(
                status -> keys.findById(KEY_NAME).map(SigningKey::getValue).orElse(null));
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                ownTransaction.executeWithoutResult(status -> keys.saveAndFlush(
                        new SigningKey(KEY_NAME, Base64.getEncoder().encodeToString(fresh))));
            } catch (DataIntegrityViolationException e) {
                // another node stored its key first: use that one
            }
            stored = ownTransaction.execute(
                    status -> keys.findById(KEY_NAME).orElseThrow().getValue());
        }
        key = Base64.getDecoder().decode(stored);
        return key;
    }
}
