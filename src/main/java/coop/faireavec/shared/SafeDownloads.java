package coop.faireavec.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;

/**
 * The {@code Content-Disposition} header of every download (issue #16, point 5): {@code attachment} with a file
 * name safe whatever text it was built from (an experimentation's name, a meeting's title), after RFC 6266: an ASCII
 * {@code filename} for old clients, without quotes, slashes, backslashes or control characters (accents removed,
 * anything else made a {@code _}), and the full name in {@code filename*} as UTF-8 percent-encoded after RFC 5987
 * (itself cleaned of control, invisible and bidirectional characters, of path separators and of the characters a
 * file name cannot hold on Windows). {@code X-Content-Type-Options: nosniff} comes with every response (Spring
 * Security's default headers).
 */
public final class SafeDownloads {

    /** Characters a file name cannot hold on common systems, path separators included. */
    private static final Pattern RESERVED = Pattern.compile("[\\\\/:*?\"<>|]");

    private static final Pattern NOT_PLAIN_ASCII = Pattern.compile("[^A-Za-z0-9._ ()+,=@~-]");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private SafeDownloads() {}

    /**
     * The {@code Content-Disposition} header value for sending {@code fileName} as a download, for instance
     * {@code attachment; filename="bilan-Quartier_Nord-ete.xlsx"; filename*=UTF-8''bilan-Quartier%20Nord-%C3%A9t%C3%A9.xlsx}.
     *
     * @param fileName the name the file should be saved under, may contain any text (even null: {@code fichier})
     * @return the header value, printable ASCII only
     */
    public static String attachment(String fileName) {
        String name = fileName(fileName);
        String ascii = asciiFallback(name);
        String header = ContentDisposition.attachment().filename(ascii).build().toString();
        return name.equals(ascii) ? header : header + "; filename*=UTF-8''" + percentEncoded(name);
    }

    /**
     * {@code text} as a file name: {@link UploadGuard#displayName(String)}'s cleaning (no control or invisible
     * characters, no path, no leading dots) with the characters reserved in file names replaced by {@code _}.
     *
     * @param text any text, may be null
     * @return a non-blank file name without path separators
     */
    public static String fileName(String text) {
        return UploadGuard.displayName(
                RESERVED.matcher(text == null ? "" : text).replaceAll("_"));
    }

    /** {@code name} in printable ASCII: accents dropped (é to e), every other character outside a safe set as _. */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String ascii = NOT_PLAIN_ASCII
                .matcher(DIACRITICS.matcher(decomposed).replaceAll(""))
                .replaceAll("_");
        return ascii.isBlank() ? UploadGuard.NO_NAME : ascii;
    }

    /** RFC 5987 {@code value-chars}: attr-char as is, every other UTF-8 byte as {@code %XX}. */
    private static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
