package coop.faireavec.invitation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invitation codes: 10 characters from an alphabet without the look-alikes 0/O, 1/I/L (31 symbols, about 49 bits),
 * shown as {@code K7QM-3XPA-9R}. People may type them with spaces, dashes or in lower case,
 * or paste the card's whole link.
 */
public final class InvitationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {}

    /** A new random code, in its plain form (no dashes). */
    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code parameter of the card's link, wherever the link was pasted from (with or without its scheme). */
    private static final Pattern CODE_PARAMETER = Pattern.compile("(?i)[?&]code=([^&#]*)");

    /**
     * Everything that is not part of a code but a card, a phone or a copy may add: spaces of every kind (no-break,
     * narrow no-break, tabs, line breaks), dashes of every kind (hyphen, non-breaking hyphen, en and em dash,
     * minus sign), dots, quotes and other punctuation, invisible formatting characters (zero-width space, soft
     * hyphen).
     */
    private static final Pattern NOT_PART_OF_A_CODE = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{Cf}\\p{Cc}\u2212]");

    /**
     * What the person typed or pasted, in the plain form: upper case, without spaces, dashes, dots or invisible
     * characters. The card's whole link ({@code https://host/invitation?code=...}, also without its scheme) gives
     * its code. Full-width letters and digits (some phone keyboards) count as the plain ones (NFKC).
     *
     * @param typed what was typed, may be null
     * @return the plain code, possibly empty or malformed (see {@link #wellFormed(String)})
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        Matcher link = CODE_PARAMETER.matcher(text);
        if (link.find()) {
            text = decode(link.group(1));
        }
        // Removing invisible characters and upper-casing may leave text NFKC would change again (a letter and an
        // accent that a zero-width space kept apart): a few rounds until nothing changes make normalising idempotent
        // (found by InvitationCodesFuzzTest; each round only shortens or recomposes the text).
        String plain = plain(text);
        for (int round = 0; round < 4; round++) {
            String again = plain(Normalizer.normalize(plain, Normalizer.Form.NFKC));
            if (again.equals(plain)) {
                break;
            }
            plain = again;
        }
        return plain;
    }

    private static String plain(String text) {
        return NOT_PART_OF_A_CODE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String decode(String parameter) {
        try {
            return Normalizer.normalize(URLDecoder.decode(parameter, StandardCharsets.UTF_8), Normalizer.Form.NFKC);
        } catch (IllegalArgumentException notEncoded) {
            return parameter;
        }
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
