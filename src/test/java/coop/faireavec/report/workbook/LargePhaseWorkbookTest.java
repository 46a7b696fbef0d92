package coop.faireavec.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.report.PhaseReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phase of 100,000 contributions is written through the streamed sheet (the rows are generated as read, never held
 * in a list) and every row is in the file, inside the sheet's table. Tagged "large": it takes seconds, not
 * milliseconds (about 16 to 30 s on this shared, loaded 2-core machine); speed and memory belong in a benchmark, so
 * nothing here is timed.
 */
@Tag("large")
class LargePhaseWorkbookTest {

    static final int CONTRIBUTIONS = 100_000;

    @Test
    void aPhaseOfOneHundredThousandContributionsIsWrittenWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phase-1.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PoiReportWriter().write(List.of(PhaseReports.phase1WithContributions(CONTRIBUTIONS)), out);
        }
        byte[] bytes = Files.readAllBytes(file);
        String part;
        String table;
        PhaseReport same = PhaseReports.phase(Phase.SHARED_DIAGNOSIS, PhaseReports.fixedContributions(), null);
        try (XSSFWorkbook small = Workbooks.open(Workbooks.bytes(List.of(same)))) {
            XSSFSheet contributions = small.getSheet("Contributions");
            part = contributions.getPackagePart().getPartName().getName().substring(1);
            table = contributions
                    .getTables()
                    .get(0)
                    .getPackagePart()
                    .getPartName()
                    .getName()
                    .substring(1);
        }
        assertThat(rows(bytes, part))
                .as("title, subtitle, header and every contribution")
                .isEqualTo(3 + CONTRIBUTIONS);
        assertThat(Workbooks.part(bytes, table).replace("\"", "'"))
                .as("the table spans every row")
                .contains("ref='A4:I" + (4 + CONTRIBUTIONS) + "'");
    }

    /** Counts the {@code row} elements of a sheet part, reading the XML as a stream. */
    private static long rows(byte[] bytes, String part) throws IOException, javax.xml.stream.XMLStreamException {
        long rows = 0;
        try (InputStream in = Workbooks.partStream(bytes, part)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("row")) {
                    rows++;
                }
            }
        }
        return rows;
    }
}
