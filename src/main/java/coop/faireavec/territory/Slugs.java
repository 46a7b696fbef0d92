package coop.faireavec.territory;

import java.text.Normalizer;
import java.util.Locale;

/** Stable address parts made from a territory's name: "Pays de Redon – Sud" gives {@code pays-de-redon-sud}. */
final class Slugs {

    private static final int MAX = 100;

    private Slugs() {}

    /**
     * Lower-case ASCII letters and digits joined by single hyphens, at most 100 characters; never empty and never only
     * digits (an address part like {@code 42} would read as an id), "territoire" is put in front then.
     */
    static String of(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        if (slug.isEmpty() || slug.chars().allMatch(Character::isDigit)) {
            slug = slug.isEmpty() ? "territoire" : "territoire-" + slug;
        }
        return slug;
    }
}
