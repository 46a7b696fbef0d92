package coop.faireavec.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The directory's normalised search text: lower case, accents and other marks removed, ligatures spelt out, every run
 * of other characters one space. Written into each record's {@code search_text} column and applied to what is
 * searched, so that "precarite" finds "Précarité" on H2 and PostgreSQL alike, without a database function.
 */
public final class SearchText {

    private SearchText() {}

    /** The normalised form of a text; null gives "". */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The normalised texts joined by one space, blank ones left out. */
    static String of(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(SearchText::normalise)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
