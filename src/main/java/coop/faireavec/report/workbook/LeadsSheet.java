package coop.faireavec.report.workbook;

import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Pistes et votes: each action lead, its author's college, each college's result, the overall result, selected. */
final class LeadsSheet {

    private final Book book;
    private final Grid grid;
    private final XSSFSheet sheet;

    LeadsSheet(Book book, XSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
        this.grid = new Grid(sheet, book.cells);
    }

    static List<String> headers(Book book) {
        List<String> headers = new ArrayList<>(List.of("Phase", "Piste d'action", "Collège de l'auteur"));
        for (College c : College.values()) {
            headers.add("Vote : " + book.college(c));
        }
        headers.addAll(List.of("Résultat d'ensemble", "Retenue"));
        return headers;
    }

    void write() {
        grid.title(
                "Pistes d'action et votes",
                "Chaque piste proposée, le résultat du vote dans chaque collège et si elle a été retenue.");
        grid.widths(30, 50, 22, 22, 22, 22, 22, 10);
        List<String> headers = headers(book);
        int header = grid.header(0, headers);
        grid.freezeThrough(header);
        Cells cells = book.cells;
        for (PhaseReport report : book.phases) {
            for (PhaseReport.LeadRow lead : report.leads()) {
                Row row = grid.row();
                cells.text(row, 0, Book.phase(report.heading().phase()));
                cells.wrapped(row, 1, lead.title());
                cells.text(row, 2, book.college(lead.authorCollege()));
                int col = 3;
                for (College c : College.values()) {
                    cells.text(row, col++, lead.collegeResults().get(c));
                }
                cells.text(row, col++, lead.overallResult());
                cells.yesNo(row, col, lead.selected());
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune piste pour l'instant.");
        } else {
            Tables.add(sheet, "Pistes_et_votes", header, last, 0, headers);
        }
    }
}
