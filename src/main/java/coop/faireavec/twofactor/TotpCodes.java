package coop.faireavec.twofactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The TOTP arithmetic (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps), done by the {@code dev.samstevens.totp}
 * library: new secrets (160 bits, 32 Base32 characters), the {@code otpauth://} address an authenticator app reads
 * from the QR code, the code of a step, recovery codes. Which step matched is ours to tell, so that a code is taken
 * once only ({@link TwoFactorService}).
 */
final class TotpCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    /** Steps accepted either side of the current one (clock drift of a phone): ±1. */
    static final int WINDOW = 1;

    static final String ISSUER = "Faire-Avec";

    private static final SecretGenerator SECRETS = new DefaultSecretGenerator(32);
    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private static final RecoveryCodeGenerator RECOVERY = new RecoveryCodeGenerator();

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

    /** Ten new recovery codes, each 16 letters and digits in four groups ({@code abcd-efgh-ijkl-mnop}). */
    static List<String> newRecoveryCodes(int count) {
        return List.of(RECOVERY.generateCodes(count));
    }

    /**
     * A recovery code as it is hashed: lower case, without spaces or dashes; null if what was typed cannot be one
     * (16 letters and digits).
     */
    static String normalisedRecoveryCode(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return code.matches("[a-z0-9]{16}") ? code : null;
    }
}
