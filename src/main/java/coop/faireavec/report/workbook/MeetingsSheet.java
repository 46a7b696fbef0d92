package coop.faireavec.report.workbook;

import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Rencontres: every meeting, its kind, date, place, attendance per college, composition rule and minutes. */
final class MeetingsSheet {

    private final Book book;
    private final Grid grid;
    private final XSSFSheet sheet;

    MeetingsSheet(Book book, XSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
        this.grid = new Grid(sheet, book.cells);
    }

    static List<String> headers(Book book) {
        List<String> headers = new ArrayList<>(List.of("Phase", "Rencontre", "Type", "Date et heure", "Durée (min)"));
        headers.add("Lieu");
        for (College c : College.values()) {
            headers.add("Présents : " + book.college(c));
        }
        headers.addAll(List.of(
                "Règle de composition", "Règle respectée", "Justification du porteur", "Compte rendu", "Version"));
        return headers;
    }

    void write() {
        grid.title(
                "Rencontres", "Toutes les rencontres, avec la présence de chaque collège et l'état du compte rendu.");
        grid.widths(30, 36, 22, 17, 10, 30, 13, 13, 13, 40, 10, 40, 14, 9);
        List<String> headers = headers(book);
        int header = grid.header(0, headers);
        grid.freezeThrough(header);
        Cells cells = book.cells;
        for (PhaseReport report : book.phases) {
            for (PhaseReport.MeetingRow m : report.meetings()) {
                Row row = grid.row();
                cells.text(row, 0, Book.phase(report.heading().phase()));
                cells.text(row, 1, m.title());
                cells.text(row, 2, m.kind());
                cells.dateTime(row, 3, m.startsAt());
                cells.integer(row, 4, m.durationMinutes());
                cells.text(row, 5, m.place());
                int col = 6;
                for (College c : College.values()) {
                    PhaseReport.Attendance a = m.byCollege().get(c);
                    cells.integer(row, col++, a == null ? 0 : a.present());
                }
                cells.wrapped(row, col++, m.compositionRule());
                cells.yesNo(row, col++, m.ruleHeld());
                cells.wrapped(row, col++, m.justification());
                cells.text(row, col++, m.minutesStatus());
                cells.integer(row, col, m.minutesVersion());
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune rencontre dans cette période.");
        } else {
            Tables.add(sheet, "Rencontres", header, last, 0, headers);
        }
    }
}
