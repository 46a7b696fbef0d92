package coop.faireavec.report.workbook;

import coop.faireavec.report.PhaseReport;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Contributions: every contribution, streamed row by row from each phase's {@link coop.faireavec.report.RowSource}
 * into a streamed (SXSSF) sheet, never collected in memory. The Excel table is declared on the sheet's XSSF part once
 * the row count is known.
 */
final class ContributionsSheet {

    static final List<String> HEADERS = List.of(
            "Phase",
            "Date",
            "Étape ou rencontre",
            "Tour",
            "Collège",
            "Personne",
            "Enregistrée par",
            "Accord de la personne",
            "Texte");

    private final Book book;
    private final Grid grid;
    private final XSSFSheet tablePart;

    /**
     * @param streamed the streamed sheet the rows go to
     * @param tablePart the same sheet's XSSF part, which holds its table
     */
    ContributionsSheet(Book book, Sheet streamed, XSSFSheet tablePart) {
        this.book = book;
        this.grid = new Grid(streamed, book.cells);
        this.tablePart = tablePart;
    }

    void write() {
        grid.title(
                "Contributions",
                "Tout ce qui a été dit ou écrit, par qui (nom ou pseudonyme), où, et comment c'était enregistré.");
        grid.widths(30, 17, 36, 18, 22, 24, 18, 22, 90);
        int header = grid.header(0, HEADERS);
        grid.freezeThrough(header);
        Cells cells = book.cells;
        for (PhaseReport report : book.phases) {
            String phase = Book.phase(report.heading().phase());
            report.contributions().forEach(c -> {
                Row row = grid.row();
                cells.text(row, 0, phase);
                cells.dateTime(row, 1, c.createdAt());
                cells.text(row, 2, c.where());
                cells.text(row, 3, c.round());
                cells.text(row, 4, book.college(c.college()));
                cells.text(row, 5, c.speaker());
                cells.text(row, 6, c.recordedBy());
                cells.text(row, 7, c.consentKind());
                cells.wrapped(row, 8, c.text());
            });
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune contribution dans cette période.");
        } else {
            Tables.add(tablePart, "Contributions", header, last, 0, HEADERS);
        }
    }
}
