package coop.faireavec.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/**
 * The upload guard with real files: what it accepts (detected by content, whatever the name says) and the message
 * key of each refusal, which the page shows next to the field.
 */
class UploadGuardTest {

    static final long LIMIT = 1024 * 1024;

    final UploadGuard guard = guard();

    static UploadGuard guard() {
        return new UploadGuard(DataSize.ofMegabytes(5), 0.01, DataSize.ofMegabytes(64), 10_000_000);
    }

    @Test
    void aWorkbookIsAcceptedAsXlsxWithItsNameReducedToItsLastPart() throws Exception {
        byte[] workbook = workbook();
        GuardedUpload upload =
                guard.check(workbook, "../../annuaire/Acteurs été 2026.xlsx", "file", Set.of(UploadType.XLSX), LIMIT);

        assertThat(upload.type()).isEqualTo(UploadType.XLSX);
        assertThat(upload.displayName()).isEqualTo("Acteurs été 2026.xlsx");
        assertThat(upload.content()).isEqualTo(workbook);
    }

    @Test
    void theTypeComesFromTheContentNotFromTheName() throws Exception {
        byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

        assertThat(refusal(page, "annuaire.xlsx", UploadType.XLSX, UploadType.CSV))
                .extracting(GuardedUploadProblem::messageKey, p -> p.arguments()[1])
                .containsExactly(GuardedUploadProblem.WRONG_TYPE, ".xlsx, .csv");
        assertThat(refusal(program, "photo.png", UploadType.PNG).messageKey())
                .isEqualTo(GuardedUploadProblem.WRONG_TYPE);
        assertThat(guard.check(png(), "sans-extension", "file", Set.of(UploadType.PNG, UploadType.JPEG), LIMIT)
                        .type())
                .isEqualTo(UploadType.PNG);
        assertThat(guard.check(jpeg(), "image.png", "file", Set.of(UploadType.PNG, UploadType.JPEG), LIMIT)
                        .type())
                .isEqualTo(UploadType.JPEG);
    }

    @Test
    void aZipThatIsNotAWorkbookCannotBeRead() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("bonjour".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(refusal(zip.toByteArray(), "annuaire.xlsx", UploadType.XLSX).messageKey())
                .isEqualTo(GuardedUploadProblem.UNREADABLE);
    }

    /** 20 MB of zeros hidden in a real workbook compress to about 20 KB: POI's inflate-ratio limit refuses it. */
    @Test
    void aZipBombInsideAWorkbookIsRefusedBeforeItExpands() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook()));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(100_000);

        assertThat(refusal(bomb.toByteArray(), "annuaire.xlsx", UploadType.XLSX).messageKey())
                .isEqualTo(GuardedUploadProblem.TOO_EXPANDED);
    }

    @Test
    void jsonIsParsedAndCsvMustBeUtf8() throws Exception {
        byte[] json = "{\"actors\": [{\"name\": \"Épicerie solidaire\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "nom;ville\nÉpicerie solidaire;Lille\n".getBytes(StandardCharsets.UTF_8);

        assertThat(guard.check(json, "a.json", "file", Set.of(UploadType.JSON), LIMIT)
                        .type())
                .isEqualTo(UploadType.JSON);
        assertThat(guard.check(csv, "a.csv", "file", Set.of(UploadType.CSV), LIMIT)
                        .type())
                .isEqualTo(UploadType.CSV);
        assertThat(refusal("{\"actors\": [".getBytes(StandardCharsets.UTF_8), "a.json", UploadType.JSON)
                        .messageKey())
                .isEqualTo(GuardedUploadProblem.UNREADABLE);
        assertThat(refusal("nom;ville\nÉpicerie;Lille\n".getBytes(StandardCharsets.ISO_8859_1), "a.csv", UploadType.CSV)
                        .messageKey())
                .isEqualTo(GuardedUploadProblem.NOT_UTF8);
    }

    @Test
    void sizeEmptinessAndAMissingFileAreSaidForTheField() {
        MockMultipartFile big = new MockMultipartFile("directory", "gros.csv", "text/csv", new byte[2048]);
        MockMultipartFile empty = new MockMultipartFile("directory", "vide.csv", "text/csv", new byte[0]);
        MockMultipartFile none = new MockMultipartFile("directory", "", "application/octet-stream", new byte[0]);

        GuardedUploadProblem tooLarge = catchThrowableOfType(
                GuardedUploadProblem.class, () -> guard.check(big, "directory", Set.of(UploadType.CSV), 1024));
        assertThat(tooLarge.field()).isEqualTo("directory");
        assertThat(tooLarge.messageKey()).isEqualTo(GuardedUploadProblem.TOO_LARGE);
        assertThat(tooLarge.arguments()).containsExactly("gros.csv", 1L);
        assertThat(catchThrowableOfType(
                                GuardedUploadProblem.class,
                                () -> guard.check(empty, "directory", Set.of(UploadType.CSV)))
                        .messageKey())
                .isEqualTo(GuardedUploadProblem.EMPTY);
        assertThat(catchThrowableOfType(
                                GuardedUploadProblem.class,
                                () -> guard.check(none, "directory", Set.of(UploadType.CSV)))
                        .messageKey())
                .isEqualTo(GuardedUploadProblem.MISSING);
        assertThat(catchThrowableOfType(
                                GuardedUploadProblem.class,
                                () -> guard.check(null, "directory", Set.of(UploadType.CSV)))
                        .messageKey())
                .isEqualTo(GuardedUploadProblem.MISSING);
    }

    @Test
    void theDisplayNameIsNeverAPathNorHidesControlOrDirectionCharacters() {
        assertThat(UploadGuard.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadGuard.displayName("C:\\Users\\Ana\\Bilan.xlsx")).isEqualTo("Bilan.xlsx");
        assertThat(UploadGuard.displayName("facture\u202Excod.exe")).isEqualTo("facturexcod.exe");
        assertThat(UploadGuard.displayName("a\r\nb\u0000c.csv")).isEqualTo("abc.csv");
        assertThat(UploadGuard.displayName("..")).isEqualTo("fichier");
        assertThat(UploadGuard.displayName("/")).isEqualTo("fichier");
        assertThat(UploadGuard.displayName(null)).isEqualTo("fichier");
        assertThat(UploadGuard.displayName(".htaccess")).isEqualTo("htaccess");
        assertThat(UploadGuard.displayName("e\u0301te\u0301.csv")).isEqualTo("été.csv");
        assertThat(UploadGuard.displayName("x".repeat(500))).hasSize(UploadGuard.MAX_NAME_LENGTH);
    }

    private GuardedUploadProblem refusal(byte[] content, String name, UploadType... accepted) {
        return catchThrowableOfType(
                GuardedUploadProblem.class, () -> guard.check(content, name, "file", Set.of(accepted), LIMIT));
    }

    static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Acteurs").createRow(0).createCell(0).setCellValue("Épicerie solidaire");
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] png() throws IOException {
        return image("png");
    }

    static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
