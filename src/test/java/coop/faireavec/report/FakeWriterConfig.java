package coop.faireavec.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A tiny test-only {@link ReportWriter} until the real one ({@code report.workbook.PoiReportWriter}) is merged: one
 * sheet per phase with the heading, the key figures and one row per contribution and per step (so the row sources
 * are read). Imported only by the report tests; it stands back once the real writer exists.
 */
@TestConfiguration
@ConditionalOnMissingClass("coop.faireavec.report.workbook.PoiReportWriter")
public class FakeWriterConfig {

    @Bean
    ReportWriter fakeReportWriter() {
        return FakeWriterConfig::write;
    }

    static void write(List<PhaseReport> phases, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (PhaseReport r : phases) {
                Sheet sheet = book.createSheet("Phase " + r.heading().phase().number());
                int[] n = {0};
                line(sheet, n, "Expérimentation", r.heading().experimentationTitle());
                line(sheet, n, "Version", String.valueOf(r.heading().version()));
                line(sheet, n, "Généré par", r.heading().generatedBy());
                line(sheet, n, "Contributions", String.valueOf(r.figures().contributions()));
                line(sheet, n, "Généré le", String.valueOf(r.heading().generatedAt()));
                line(
                        sheet,
                        n,
                        "Membres",
                        String.valueOf(r.figures().colleges().stream()
                                .mapToInt(PhaseReport.CollegeFigures::members)
                                .sum()));
                r.contributions().forEach(c -> line(sheet, n, "Contribution", c.speaker() + " : " + c.text()));
                r.steps()
                        .forEach(s -> line(
                                sheet,
                                n,
                                "Étape",
                                s.name() + " : " + s.offeredTo() + (s.completed() == null ? "" : " (fait)")));
            }
            book.write(out);
        }
    }

    private static void line(Sheet sheet, int[] n, String label, String value) {
        Row row = sheet.createRow(n[0]++);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }
}
