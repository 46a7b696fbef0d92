package coop.faireavec.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts the whole-experimentation workbook to PDF with LibreOffice Calc headless (Debian's
 * {@code libreoffice-calc-nogui}) and reads the PDF with poppler's {@code pdftotext} / {@code pdfinfo}: the workbook
 * opens (a file LibreOffice must repair or cannot load gives no PDF), the PDF has pages, and every injected text
 * shows literally, not as a formula's result. Without soffice or poppler the test is skipped, except with CI=true
 * where it fails ({@code .ci/run} installs both).
 */
class WorkbookInLibreOfficeTest {

    @Test
    void libreOfficeOpensTheWorkbookAndShowsInjectedTextLiterally(@TempDir Path dir) throws Exception {
        Path soffice = tool("soffice");
        Path pdftotext = tool("pdftotext");
        Path pdfinfo = tool("pdfinfo");
        Path xlsx = dir.resolve("rapport.xlsx");
        Files.write(xlsx, Workbooks.bytes(PhaseReports.wholeExperimentation()));
        Path profile = dir.resolve("profile");
        Output convert = run(
                dir,
                soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                xlsx.toString());
        Path pdf = dir.resolve("rapport.pdf");
        assertThat(convert.code()).as(convert.text()).isZero();
        assertThat(convert.text()).doesNotContainIgnoringCase("error");
        assertThat(pdf).as(convert.text()).exists();

        Output info = run(dir, pdfinfo.toString(), pdf.toString());
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info.text());
        assertThat(pages.find()).as(info.text()).isTrue();
        assertThat(Integer.parseInt(pages.group(1))).isPositive();

        Output text = run(dir, pdftotext.toString(), "-layout", pdf.toString(), "-");
        for (String injected : PhaseReports.INJECTIONS) {
            assertThat(text.text()).as("shown literally: " + injected.strip()).contains(injected.strip());
        }
        assertThat(text.text()).contains("=Une permanence le samedi", "Synthèse : Accueil à l'Ouest");
    }

    record Output(int code, String text) {}

    private static Output run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        String text = new String(out, StandardCharsets.UTF_8)
                .replace("Warning: failed to launch javaldx - java may not function correctly", "");
        return new Output(process.exitValue(), text);
    }

    /** The tool on the PATH; skips the test without it, fails it with CI=true. */
    private static Path tool(String name) {
        Optional<Path> found = find(name);
        if (found.isEmpty()) {
            String why = name + " is not installed (Debian: libreoffice-calc-nogui, poppler-utils)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; .ci/run installs it when CI=true");
            }
            Assumptions.abort(why);
        }
        return found.get();
    }

    private static Optional<Path> find(String name) {
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String d : dirs) {
            Path candidate = Path.of(d, name);
            if (!d.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
