package coop.faireavec.report.workbook;

import coop.faireavec.report.PhaseReport;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Étapes: every step of the phase from the engine's history, streamed like {@link ContributionsSheet}: to whom it was
 * offered (a college or a role, never a person), when it opened, was due and was done, late or not, done for someone.
 */
final class StepsSheet {

    static final List<String> HEADERS = List.of(
            "Phase",
            "Étape",
            "Proposée à",
            "Ouverte le",
            "Échéance",
            "Terminée le",
            "En retard",
            "Faite pour quelqu'un");

    private final Book book;
    private final Grid grid;
    private final XSSFSheet tablePart;

    StepsSheet(Book book, Sheet streamed, XSSFSheet tablePart) {
        this.book = book;
        this.grid = new Grid(streamed, book.cells);
        this.tablePart = tablePart;
    }

    void write() {
        grid.title(
                "Étapes",
                "Chaque étape du déroulement : à qui elle était proposée, son échéance, quand elle a été faite.");
        grid.widths(30, 44, 26, 17, 17, 17, 10, 12);
        int header = grid.header(0, HEADERS);
        grid.freezeThrough(header);
        Cells cells = book.cells;
        for (PhaseReport report : book.phases) {
            String phase = Book.phase(report.heading().phase());
            report.steps().forEach(s -> step(cells, phase, s));
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune étape dans cette période.");
        } else {
            Tables.add(tablePart, "Etapes", header, last, 0, HEADERS);
        }
    }

    private void step(Cells cells, String phase, PhaseReport.StepRow s) {
        Row row = grid.row();
        cells.text(row, 0, phase);
        cells.text(row, 1, s.name());
        cells.text(row, 2, s.offeredTo());
        cells.dateTime(row, 3, s.created());
        cells.dateTime(row, 4, s.due());
        cells.dateTime(row, 5, s.completed());
        cells.yesNo(row, 6, s.late());
        cells.yesNo(row, 7, s.onBehalf());
    }
}
