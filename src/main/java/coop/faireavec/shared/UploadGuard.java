package coop.faireavec.shared;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one gate every uploaded file goes through (issue #16, point 5; ASVS 5.0 chapter V5 File Handling): a size
 * limit, the real kind detected from the content with Apache Tika (the name and the type the browser sends are
 * ignored), an {@code .xlsx} opened with POI under the platform's zip-bomb limits, JSON parsed, CSV decoded as UTF-8.
 * The client's file name is never used as a path: the content stays in memory and only a cleaned display name is
 * kept ({@link #displayName(String)}).
 *
 * <p>Creating this bean sets POI's {@link ZipSecureFile} limits once for the whole platform (they are static):
 * {@code faireavec.upload.zip.min-inflate-ratio}, {@code max-entry-size}, {@code max-text-size}.
 *
 * <p>A form posting a file puts its CSRF token in the action's query ({@code th:action="@{/x(_csrf=${_csrf.token})}"}):
 * a body over Spring's {@code spring.servlet.multipart.max-request-size} is not read, and only then does the person get
 * the "file too large" page instead of a refusal for a missing token.
 */
@Component
public class UploadGuard {

    private static final Logger log = LoggerFactory.getLogger(UploadGuard.class);

    /** Shown when the client sent no usable name. */
    static final String NO_NAME = "fichier";

    static final int MAX_NAME_LENGTH = 120;

    /** Control, format (bidirectional overrides, zero-width), private-use, unassigned and line-separator characters. */
    private static final Pattern UNSHOWABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Tika tika = new Tika();
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final long defaultMaxBytes;

    /**
     * @param defaultMaxBytes the size limit of {@link #check(MultipartFile, String, Set)}: Spring's own per-file
     *     limit ({@code spring.servlet.multipart.max-file-size}, 5 MB in application.properties)
     * @param minInflateRatio POI refuses a zip entry whose compressed size is under this share of its expanded size
     * @param maxEntrySize POI refuses a zip entry expanding beyond this
     * @param maxTextSize POI refuses a workbook whose text (shared strings) is longer than this, in characters
     */
    UploadGuard(
            @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize defaultMaxBytes,
            @Value("${faireavec.upload.zip.min-inflate-ratio:0.01}") double minInflateRatio,
            @Value("${faireavec.upload.zip.max-entry-size:64MB}") DataSize maxEntrySize,
            @Value("${faireavec.upload.zip.max-text-size:10000000}") long maxTextSize) {
        this.defaultMaxBytes = defaultMaxBytes.toBytes();
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize.toBytes());
        ZipSecureFile.setMaxTextSize(maxTextSize);
    }

    /**
     * Checks an uploaded file against the platform's size limit.
     *
     * @see #check(MultipartFile, String, Set, long)
     */
    public GuardedUpload check(MultipartFile file, String field, Set<UploadType> accepted) throws GuardedUploadProblem {
        return check(file, field, accepted, defaultMaxBytes);
    }

    /**
     * Checks an uploaded file.
     *
     * @param file the file as Spring received it; null or empty without a name when none was chosen
     * @param field the form field's name, carried by the problem so that the page shows it next to that field
     * @param accepted the kinds the field accepts (at least one)
     * @param maxBytes the largest size accepted, in bytes
     * @return the accepted file, its content in memory
     * @throws GuardedUploadProblem with the key saying what is wrong ({@link GuardedUploadProblem#MISSING}...)
     */
    public GuardedUpload check(MultipartFile file, String field, Set<UploadType> accepted, long maxBytes)
            throws GuardedUploadProblem {
        if (file == null || (file.isEmpty() && nameOrEmpty(file).isBlank())) {
            throw new GuardedUploadProblem(field, GuardedUploadProblem.MISSING);
        }
        String name = displayName(file.getOriginalFilename());
        if (file.getSize() > maxBytes) {
            throw new GuardedUploadProblem(field, GuardedUploadProblem.TOO_LARGE, name, kilobytes(maxBytes));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            log.info("an upload could not be read: {}", e.getMessage());
            throw new GuardedUploadProblem(field, GuardedUploadProblem.UNREADABLE, name);
        }
        return check(content, file.getOriginalFilename(), field, accepted, maxBytes);
    }

    /**
     * Checks a file's content (the same checks as for a {@link MultipartFile}).
     *
     * @param content the bytes received (not changed, not kept)
     * @param clientName the name the client gave the file, may be null: for display only
     * @param field the form field's name
     * @param accepted the kinds the field accepts
     * @param maxBytes the largest size accepted, in bytes
     * @return the accepted file (with its own copy of the content)
     * @throws GuardedUploadProblem when the file is empty, too large, of another kind, unreadable or a zip bomb
     */
    public GuardedUpload check(byte[] content, String clientName, String field, Set<UploadType> accepted, long maxBytes)
            throws GuardedUploadProblem {
        String name = displayName(clientName);
        if (content == null || content.length == 0) {
            throw new GuardedUploadProblem(field, GuardedUploadProblem.EMPTY, name);
        }
        if (content.length > maxBytes) {
            throw new GuardedUploadProblem(field, GuardedUploadProblem.TOO_LARGE, name, kilobytes(maxBytes));
        }
        String detected = MediaType.parse(tika.detect(content)).getBaseType().toString();
        for (UploadType type : accepted) {
            if (type.detectedAs().contains(detected)) {
                readable(type, content, name, field);
                return new GuardedUpload(content.clone(), type, name);
            }
        }
        throw new GuardedUploadProblem(field, GuardedUploadProblem.WRONG_TYPE, name, extensions(accepted));
    }

    /** Opens, parses or decodes the content as its kind says; throws when it cannot. */
    private void readable(UploadType type, byte[] content, String name, String field) throws GuardedUploadProblem {
        switch (type) {
            case XLSX -> workbook(content, name, field);
            case JSON -> {
                try {
                    json.readTree(utf8(content));
                } catch (JacksonException | CharacterCodingException e) {
                    throw new GuardedUploadProblem(field, GuardedUploadProblem.UNREADABLE, name);
                }
            }
            case CSV -> {
                String text;
                try {
                    text = utf8(content);
                } catch (CharacterCodingException e) {
                    throw new GuardedUploadProblem(field, GuardedUploadProblem.NOT_UTF8, name);
                }
                if (text.indexOf('\0') >= 0) {
                    throw new GuardedUploadProblem(field, GuardedUploadProblem.UNREADABLE, name);
                }
            }
            case PNG, JPEG, WEBP -> {
                // the magic bytes are enough: images are only ever sent back as files, never decoded here
            }
        }
    }

    /**
     * Opens the workbook with POI, whose {@link ZipSecureFile} limits refuse a zip bomb while it expands. POI answers
     * a damaged or hostile file with many kinds of exception (IOException, POIXMLException, invalid format, XML
     * errors, runtime exceptions from deep inside): each is a file that cannot be read, never a 500.
     */
    private static void workbook(byte[] content, String name, String field) throws GuardedUploadProblem {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new GuardedUploadProblem(field, GuardedUploadProblem.UNREADABLE, name);
            }
        } catch (GuardedUploadProblem e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            boolean bomb = zipBomb(e);
            log.info("an uploaded workbook was refused{}: {}", bomb ? " as a zip bomb" : "", e.toString());
            throw new GuardedUploadProblem(
                    field, bomb ? GuardedUploadProblem.TOO_EXPANDED : GuardedUploadProblem.UNREADABLE, name);
        }
    }

    /** True when POI stopped because of its {@link ZipSecureFile} limits (its messages say "Zip bomb detected"). */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Zip bomb")
                            || message.contains("ZipSecureFile")
                            || message.contains("max text size"))) {
                return true;
            }
        }
        return false;
    }

    private static String utf8(byte[] content) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content))
                .toString();
    }

    /**
     * The name to show for a file the client named {@code clientName}: its last part after any {@code /} or
     * {@code \}, in Unicode NFC, without control, invisible or bidirectional-override characters, spaces collapsed,
     * without leading dots, at most {@value #MAX_NAME_LENGTH} characters; {@code "fichier"} when nothing is left.
     * For display and download headers only: never a path.
     *
     * @param clientName the name as sent, may be null
     * @return a non-blank, printable name
     */
    public static String displayName(String clientName) {
        if (clientName == null) {
            return NO_NAME;
        }
        String name = Normalizer.normalize(clientName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSHOWABLE.matcher(name).replaceAll("");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        int start = 0;
        while (start < name.length() && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        name = name.substring(start);
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH))
                    .strip();
        }
        return name.isEmpty() ? NO_NAME : name;
    }

    private static String nameOrEmpty(MultipartFile file) {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    private static long kilobytes(long bytes) {
        return bytes / 1024;
    }

    private static String extensions(Set<UploadType> accepted) {
        return Arrays.stream(UploadType.values())
                .filter(accepted::contains)
                .map(t -> "." + t.extension())
                .collect(Collectors.joining(", "))
                .toLowerCase(Locale.ROOT);
    }
}
