package coop.faireavec.directory.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Reads the directory forms' fields, which stay text so that whatever was typed comes back on the page. Each refusal
 * has its own message naming the field: {@code directory.error.<field>.<problem>}.
 */
final class Fields {

    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 .()+-]{5,29}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Fields() {}

    static void reject(Errors errors, String field, String problem) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "directory.error." + field + "." + problem);
        }
    }

    static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** A text, stripped; null when blank (refused when required) or longer than {@code max}. */
    static String text(Errors errors, String field, String typed, boolean required, int max) {
        if (blank(typed)) {
            if (required) {
                reject(errors, field, "required");
            }
            return null;
        }
        String s = typed.strip();
        if (s.length() > max) {
            reject(errors, field, "tooLong");
            return null;
        }
        return s;
    }

    /** An optional text that must match the pattern (whole), else refused with "format". */
    static String matching(Errors errors, String field, String typed, Pattern pattern, int max) {
        String s = text(errors, field, typed, false, max);
        if (s != null && !pattern.matcher(s).matches()) {
            reject(errors, field, "format");
            return null;
        }
        return s;
    }

    static String phone(Errors errors, String field, String typed) {
        return matching(errors, field, typed, PHONE, 30);
    }

    static String email(Errors errors, String field, String typed) {
        return matching(errors, field, typed, EMAIL, 320);
    }

    /** An optional http(s) address with a host, else refused with "format". */
    static String url(Errors errors, String field, String typed) {
        String s = text(errors, field, typed, false, 500);
        if (s == null) {
            return null;
        }
        try {
            URI uri = new URI(s);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return s;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        reject(errors, field, "format");
        return null;
    }

    /** An optional decimal number between min and max (comma or point), else refused with "format". */
    static Double number(Errors errors, String field, String typed, double min, double max) {
        if (blank(typed)) {
            return null;
        }
        try {
            double d = Double.parseDouble(typed.strip().replace(',', '.'));
            if (d >= min && d <= max && !Double.isNaN(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        reject(errors, field, "format");
        return null;
    }
}
