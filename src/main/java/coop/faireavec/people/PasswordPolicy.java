package coop.faireavec.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a chosen password must be: at least 8 characters, no composition rules, not one of the common passwords
 * shipped in {@code security/common-passwords.txt} (compared without regard to case), not the username. At most
 * 72 bytes, because bcrypt ignores what comes after.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;
    static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return Set.copyOf(words);
    }

    public boolean isCommon(String password) {
        return password != null && common.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** The message key saying what is wrong with this password, or empty if it will do. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("form.passwordRequired");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("form.passwordTooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("form.passwordTooLong");
        }
        if (isCommon(password)) {
            return Optional.of("form.passwordCommon");
        }
        if (username != null && !username.isBlank() && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("form.passwordIsUsername");
        }
        return Optional.empty();
    }
}
