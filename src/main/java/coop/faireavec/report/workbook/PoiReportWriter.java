package coop.faireavec.report.workbook;

import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the committee's workbook with Apache POI. The small sheets (Synthèse, Participation, Rencontres, Pistes et
 * votes, Expérimentations, Financement) are built as XSSF, with their tables and charts; the workbook is then wrapped
 * in an {@link SXSSFWorkbook} (a window of {@value #WINDOW} rows in memory) so that Contributions and Étapes, which
 * may hold 100,000 rows, are streamed to a temporary file as they are read. Sheets: see docs/reports.md.
 */
@Component
public class PoiReportWriter implements ReportWriter {

    /** Rows of a streamed sheet kept in memory; older rows are flushed to disk. */
    static final int WINDOW = 100;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code phases} is empty
     */
    @Override
    public void write(List<PhaseReport> phases, OutputStream out) throws IOException {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("a workbook covers one phase at least");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Book book = new Book(workbook, new Cells(new Styles(workbook)), phases);
            properties(book);
            XSSFSheet summary = workbook.createSheet(Book.SUMMARY);
            XSSFSheet participation = workbook.createSheet(Book.PARTICIPATION);
            XSSFSheet meetings = workbook.createSheet(Book.MEETINGS);
            XSSFSheet contributions = workbook.createSheet(Book.CONTRIBUTIONS);
            XSSFSheet leads = book.hasLeads() ? workbook.createSheet(Book.LEADS) : null;
            XSSFSheet experiments = book.hasExperiments() ? workbook.createSheet(Book.EXPERIMENTS) : null;
            XSSFSheet steps = workbook.createSheet(Book.STEPS);
            XSSFSheet funding = book.funding() != null ? workbook.createSheet(Book.FUNDING) : null;

            new SummarySheet(book, summary).write();
            new ParticipationSheet(book, participation).write();
            new MeetingsSheet(book, meetings).write();
            if (leads != null) {
                new LeadsSheet(book, leads).write();
            }
            if (experiments != null) {
                new ExperimentsSheet(book, experiments).write();
            }
            if (funding != null) {
                new FundingSheet(book, funding, book.funding()).write();
            }
            workbook.setActiveSheet(0);

            SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, WINDOW);
            try {
                new ContributionsSheet(book, streaming.getSheet(Book.CONTRIBUTIONS), contributions).write();
                new StepsSheet(book, streaming.getSheet(Book.STEPS), steps).write();
                streaming.write(CloseShieldOutputStream.wrap(out));
            } finally {
                streaming.dispose();
            }
        }
    }

    /** Title, subject, creator, creation date, and what was pseudonymised and when (description and custom). */
    private static void properties(Book book) {
        PhaseReport.Heading h = book.heading();
        POIXMLProperties properties = book.workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        String covers = book.whole() ? "toutes les phases" : Book.phase(h.phase());
        core.setTitle("Rapport au comité d'appui et de suivi : " + h.experimentationTitle() + " (" + covers + ")");
        core.setSubjectProperty("Expérimentation sociale coopérative, territoire : " + h.territory());
        core.setCreator("Faire-Avec");
        Instant at = h.generatedAt() == null ? Instant.now() : h.generatedAt();
        core.setCreated(Optional.of(Date.from(at)));
        String generated = WHEN.format(LocalDateTime.ofInstant(at, Cells.PARIS)) + " (heure de Paris)";
        core.setDescription("Généré le " + generated + " par " + h.generatedBy() + ", version " + h.version() + ". "
                + h.pseudonymised());
        core.setKeywords("Faire-Avec; rapport de phase; comité");
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("Pseudonymisation", h.pseudonymised());
        custom.addProperty("Généré le", generated);
        custom.addProperty("Généré par", h.generatedBy());
        custom.addProperty("Version du rapport", h.version());
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Faire-Avec");
    }
}
