package coop.faireavec.shared;

import java.util.Set;

/**
 * The kinds of file a page may accept, recognised by their content (never by the name or the type the browser
 * sends). The caller of {@link UploadGuard} names the kinds its field accepts.
 */
public enum UploadType {
    /** An Excel workbook (Office Open XML); also opened with POI under the platform's zip-bomb limits. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** A JSON document in UTF-8; also parsed. */
    JSON("json", "application/json"),
    /** Text in UTF-8 with values separated by commas or semicolons. */
    CSV("csv", "text/csv"),
    /** A PNG image. */
    PNG("png", "image/png"),
    /** A JPEG image. */
    JPEG("jpg", "image/jpeg"),
    /** A WebP image. */
    WEBP("webp", "image/webp");

    private final String extension;
    private final String mediaType;

    UploadType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The usual file name extension, without the dot ({@code xlsx}); shown to people in messages. */
    public String extension() {
        return extension;
    }

    /** The media type to use when the file is sent back ({@code image/png}). */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The media types Apache Tika's content detection (tika-core only, no name given) reports for files of this kind.
     * An xlsx is a zip: tika-core reports the OOXML container when {@code [Content_Types].xml} comes first, else a
     * plain zip, and POI then decides. JSON and CSV have no magic bytes: they are text, then parsed.
     */
    Set<String> detectedAs() {
        return switch (this) {
            case XLSX -> Set.of("application/x-tika-ooxml", "application/zip", mediaType);
            case JSON, CSV -> Set.of("text/plain", mediaType);
            case PNG -> Set.of("image/png");
            case JPEG -> Set.of("image/jpeg");
            case WEBP -> Set.of("image/webp");
        };
    }
}
