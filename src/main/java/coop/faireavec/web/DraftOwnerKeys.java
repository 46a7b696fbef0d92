package coop.faireavec.web;

import coop.faireavec.config.FaireAvecProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The opaque key under which session.js keeps a signed-in person's drafts in their browser: an HMAC-SHA256 of their
 * person id, so drafts of two people on one computer never mix and the key says nothing about who they are. The
 * secret comes from {@code faireavec.drafts.secret}; without it a random one is made at start-up (drafts then do
 * not come back after a restart of the server).
 */
@Component
class DraftOwnerKeys {

    private final SecretKeySpec secret;

    DraftOwnerKeys(FaireAvecProperties settings) {
        String configured = settings.drafts().secret();
        byte[] bytes = configured.isBlank() ? randomBytes() : configured.getBytes(StandardCharsets.UTF_8);
        this.secret = new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Takes a person id; returns 32 hexadecimal characters, the same for that person as long as the secret holds. */
    String keyOf(long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal(("draft-owner:" + personId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
