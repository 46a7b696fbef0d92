package coop.faireavec.report.workbook;

import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Participation: people present per college at each meeting (table and chart side by side), then per meeting and
 * college: invited, said yes, present, spoke, the rates, the meeting's composition rule and whether it held; then
 * the phase's totals per college.
 */
final class ParticipationSheet {

    static final List<String> DETAIL_HEADERS = List.of(
            "Phase",
            "Rencontre",
            "Date",
            "Collège",
            "Invités",
            "Ont dit oui",
            "Présents",
            "Ont pris la parole",
            "Taux de présence",
            "Taux de prise de parole",
            "Règle de composition",
            "Règle respectée",
            "Justification du porteur");

    static final List<String> TOTAL_HEADERS = List.of(
            "Phase",
            "Collège",
            "Membres",
            "Invitations",
            "Présences",
            "Taux de présence",
            "Contributions",
            "Personnes qui ont contribué");

    private static final int CHART_ROWS = 18;

    private final Book book;
    private final Grid grid;
    private final XSSFSheet sheet;

    ParticipationSheet(Book book, XSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
        this.grid = new Grid(sheet, book.cells);
    }

    static List<String> chartHeaders(Book book) {
        List<String> headers = new ArrayList<>(List.of("Phase", "Rencontre", "Date"));
        for (College c : College.values()) {
            headers.add("Présents : " + book.college(c));
        }
        return headers;
    }

    void write() {
        grid.title(
                "Participation par collège et par rencontre",
                "Qui était invité, qui est venu, qui a pris la parole, et si la règle de composition de chaque"
                        + " rencontre a été tenue.");
        grid.freezeThrough(0);
        grid.widths(30, 36, 17, 24, 10, 11, 10, 12, 12, 13, 40, 10, 40);
        attendanceChart();
        grid.skip(1);
        detail();
        grid.skip(1);
        totals();
    }

    private void attendanceChart() {
        Cells cells = book.cells;
        grid.section("Présents par collège à chaque rencontre");
        List<String> headers = chartHeaders(book);
        int header = grid.header(0, headers);
        for (PhaseReport report : book.phases) {
            for (PhaseReport.MeetingRow m : report.meetings()) {
                Row row = grid.row();
                cells.text(row, 0, Book.phase(report.heading().phase()));
                cells.text(row, 1, m.title() == null ? "" : m.title());
                cells.dateTime(row, 2, m.startsAt());
                int col = 3;
                for (College c : College.values()) {
                    PhaseReport.Attendance a = m.byCollege().get(c);
                    cells.integer(row, col++, a == null ? 0 : a.present());
                }
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune rencontre dans cette période.");
            return;
        }
        Tables.add(sheet, "Participation_presents", header, last, 0, headers);
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < College.values().length; i++) {
            series.add(new Charts.Series(
                    new CellReference(header, 3 + i), new CellRangeAddress(header + 1, last, 3 + i, 3 + i)));
        }
        Charts.bars(
                sheet,
                new Charts.Place(headers.size() + 1, header - 1, 9, CHART_ROWS),
                "Présents par collège à chaque rencontre",
                "Graphique en colonnes : pour chaque rencontre, le nombre de personnes présentes de chaque collège"
                        + " (personnes concernées, accompagnants, décideurs). Les mêmes chiffres sont dans le"
                        + " tableau à gauche.",
                new CellRangeAddress(header + 1, last, 1, 1),
                series);
        grid.skip(Math.max(0, header - 1 + CHART_ROWS - grid.next()));
    }

    private void detail() {
        Cells cells = book.cells;
        grid.section("Détail par rencontre et par collège");
        int header = grid.header(0, DETAIL_HEADERS);
        for (PhaseReport report : book.phases) {
            for (PhaseReport.MeetingRow m : report.meetings()) {
                for (College c : College.values()) {
                    PhaseReport.Attendance a = m.byCollege().get(c);
                    if (a == null) {
                        a = new PhaseReport.Attendance(0, 0, 0, 0);
                    }
                    Row row = grid.row();
                    cells.text(row, 0, Book.phase(report.heading().phase()));
                    cells.text(row, 1, m.title());
                    cells.dateTime(row, 2, m.startsAt());
                    cells.text(row, 3, book.college(c));
                    cells.integer(row, 4, a.invited());
                    cells.integer(row, 5, a.saidYes());
                    cells.integer(row, 6, a.present());
                    cells.integer(row, 7, a.spoke());
                    cells.percent(row, 8, a.invited() == 0 ? 0 : (double) a.present() / a.invited());
                    cells.percent(row, 9, a.present() == 0 ? 0 : (double) a.spoke() / a.present());
                    cells.wrapped(row, 10, m.compositionRule());
                    cells.yesNo(row, 11, m.ruleHeld());
                    cells.wrapped(row, 12, m.justification());
                }
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune rencontre dans cette période.");
        } else {
            Tables.add(sheet, "Participation_detail", header, last, 0, DETAIL_HEADERS);
        }
    }

    private void totals() {
        Cells cells = book.cells;
        grid.section("Sur la phase, par collège");
        int header = grid.header(0, TOTAL_HEADERS);
        for (PhaseReport report : book.phases) {
            for (PhaseReport.CollegeFigures c : report.figures().colleges()) {
                Row row = grid.row();
                cells.text(row, 0, Book.phase(report.heading().phase()));
                cells.text(row, 1, book.college(c.college()));
                cells.integer(row, 2, c.members());
                cells.integer(row, 3, c.invitations());
                cells.integer(row, 4, c.presences());
                cells.percent(row, 5, c.attendanceRate());
                cells.integer(row, 6, c.contributions());
                cells.integer(row, 7, c.speakers());
            }
        }
        int last = grid.next() - 1;
        if (last > header) {
            Tables.add(sheet, "Participation_colleges", header, last, 0, TOTAL_HEADERS);
        }
    }
}
