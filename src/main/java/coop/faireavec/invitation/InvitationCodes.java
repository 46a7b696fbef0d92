package coop.faireavec.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invitation codes: 10 characters from an alphabet without the look-alikes 0/O, 1/I/L (31 symbols, about 49 bits),
 * shown as {@code K7QM-3XPA-9R}. People may type them with spaces, dashes or in lower case.
 */
public final class InvitationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    /** A new random code, in its plain form (no dashes). */
    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the person typed, in the plain form: upper case, without spaces, dashes or dots. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-._]", "");
    }

    /** True if it has the shape of a code (so a typing mistake can be told apart from an unknown code). */
    public static boolean wellFormed(String normalized) {
        if (normalized.length() != LENGTH) {
            return false;
        }
        return normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Grouped for reading from paper: {@code K7QM-3XPA-9R}. */
    public static String grouped(String normalized) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(normalized.charAt(i));
        }
        return out.toString();
    }

    /** The only form stored: SHA-256 of the plain code, in hexadecimal. */
    static String hash(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
