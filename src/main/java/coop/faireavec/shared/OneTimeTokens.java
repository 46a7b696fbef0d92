package coop.faireavec.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secret one-time tokens sent in a link (first administrator's set-up address, forgotten-password link): 256 random
 * bits from {@link SecureRandom}, written as 43 URL-safe Base64 characters. Only their SHA-256 is ever stored, so a
 * copy of the database opens nothing, and any node of the platform can check a token.
 */
public final class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private OneTimeTokens() {}

    /** A new token: 43 characters from {@code A-Z a-z 0-9 - _}. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True if the text has the shape of a token (so anything else is refused before reaching the database). */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /** The only form stored: SHA-256 of the token's characters, as 64 lower-case hexadecimal digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
