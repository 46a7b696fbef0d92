package coop.faireavec.twofactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The TOTP arithmetic (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps), done by the {@code dev.samstevens.totp}
 * library: new secrets (160 bits, 32 Base32 characters), the {@code otpauth://} address an authenticator app reads
 * from the QR code, the code of a step. Which step matched is ours to tell, so that a code is taken once only
 * ({@link TwoFactorService}). Recovery codes are ours too: the library's use letters and digits that look alike on
 * paper (0 and o, 1 and l), which people copy by hand.
 */
final class TotpCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    /** Steps accepted either side of the current one (clock drift of a phone): ±1. */
    static final int WINDOW = 1;

    static final String ISSUER = "Faire-Avec";

    private static final SecretGenerator SECRETS = new DefaultSecretGenerator(32);
    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    /**
     * The characters of new recovery codes: lower-case letters and digits without look-alikes (no 0, o, 1, l, i), 31
     * of them, so a 16-character code holds about 79 bits.
     */
    static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    static final int RECOVERY_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {}

    /** A new secret: 32 Base32 characters (A-Z, 2-7). */
    static String newSecret() {
        return SECRETS.generate();
    }

    /** The 30-second step an instant is in (seconds since the epoch, UTC, divided by 30). */
    static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The {@code otpauth://totp/...} address for the authenticator app, labelled with the username. */
    static String otpauthUri(String secret, String username) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    /** The code of one step (6 digits); for tests and for the check below. */
    static String codeAt(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a TOTP code", e);
        }
    }

    /**
     * The step within ±{@link #WINDOW} of {@code now} whose code is {@code typed}, or empty. Spaces in what was typed
     * are ignored; anything but 6 digits matches nothing. Compared in constant time.
     */
    static OptionalLong matchingStep(String secret, String typed, Instant now) {
        String code = normalisedCode(typed);
        if (code == null) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The 6 digits typed (spaces removed), or null if that is not what was typed. */
    static String normalisedCode(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replace(" ", "").replace("\u00a0", "");
        return code.matches("[0-9]{" + DIGITS + "}") ? code : null;
    }

    /**
     * {@code count} new recovery codes, each 16 characters of {@link #RECOVERY_ALPHABET} in four groups
     * ({@code abcd-efgh-jkmn-pqrs}), from a {@link SecureRandom}.
     */
    static List<String> newRecoveryCodes(int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder code = new StringBuilder(RECOVERY_LENGTH + 3);
            for (int c = 0; c < RECOVERY_LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return List.copyOf(codes);
    }

    /**
     * A recovery code as it is hashed: lower case, without spaces (also non-breaking ones) or dashes (any kind: a word
     * processor turns "-" into "–"); null if what was typed cannot be one (16 letters and digits: codes given before
     * the look-alike-free alphabet still work).
     */
    static String normalisedRecoveryCode(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\u00a0\\u202f\\p{Pd}]", "").toLowerCase(Locale.ROOT);
        return code.matches("[a-z0-9]{16}") ? code : null;
    }
}
