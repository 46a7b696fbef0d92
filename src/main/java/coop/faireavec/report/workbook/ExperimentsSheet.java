package coop.faireavec.report.workbook;

import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Expérimentations: each experiment (its lead, team per college, status, decisions with reasons), its indicators
 * (baseline, target, latest value) and their values over time, each indicator with a line chart beside its values.
 */
final class ExperimentsSheet {

    static final List<String> INDICATOR_HEADERS =
            List.of("Phase", "Piste", "Indicateur", "Unité", "Valeur de départ", "Cible", "Dernière valeur");
    static final List<String> VALUE_HEADERS = List.of("Piste", "Indicateur", "Date", "Valeur");

    /** At most this many indicator charts (the values of every indicator stay in the table). */
    static final int MAX_CHARTS = 12;

    private static final int CHART_ROWS = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Book book;
    private final Grid grid;
    private final XSSFSheet sheet;

    ExperimentsSheet(Book book, XSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
        this.grid = new Grid(sheet, book.cells);
    }

    static List<String> experimentHeaders(Book book) {
        List<String> headers = new ArrayList<>(List.of("Phase", "Piste expérimentée"));
        for (College c : College.values()) {
            headers.add("Équipe : " + book.college(c));
        }
        headers.addAll(List.of("Statut", "Décisions et raisons"));
        return headers;
    }

    void write() {
        grid.title(
                "Expérimentations",
                "Les pistes mises à l'essai : l'équipe de chaque collège, l'état, les décisions, les indicateurs.");
        grid.freezeThrough(0);
        grid.widths(30, 40, 22, 17, 16, 16, 16, 60);
        experiments();
        grid.skip(1);
        indicators();
        grid.skip(1);
        values();
    }

    private void experiments() {
        Cells cells = book.cells;
        grid.section("Expériences");
        List<String> headers = experimentHeaders(book);
        int header = grid.header(0, headers);
        for (PhaseReport report : book.phases) {
            for (PhaseReport.ExperimentRow e : report.experiments()) {
                Row row = grid.row();
                cells.text(row, 0, Book.phase(report.heading().phase()));
                cells.wrapped(row, 1, e.lead());
                int col = 2;
                for (College c : College.values()) {
                    Integer n = e.team().get(c);
                    cells.integer(row, col++, n == null ? 0 : n);
                }
                cells.text(row, col++, e.status());
                cells.wrapped(row, col, String.join("\n", e.decisions()));
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune expérience pour l'instant.");
        } else {
            Tables.add(sheet, "Experiences", header, last, 0, headers);
        }
    }

    private void indicators() {
        Cells cells = book.cells;
        grid.section("Indicateurs");
        int header = grid.header(0, INDICATOR_HEADERS);
        for (PhaseReport report : book.phases) {
            for (PhaseReport.ExperimentRow e : report.experiments()) {
                for (PhaseReport.Indicator i : e.indicators()) {
                    Row row = grid.row();
                    cells.text(row, 0, Book.phase(report.heading().phase()));
                    cells.text(row, 1, e.lead());
                    cells.text(row, 2, i.name());
                    cells.text(row, 3, i.unit());
                    cells.decimal(row, 4, i.baseline());
                    cells.decimal(row, 5, i.target());
                    cells.decimal(row, 6, i.latest());
                }
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucun indicateur pour l'instant.");
        } else {
            Tables.add(sheet, "Indicateurs", header, last, 0, INDICATOR_HEADERS);
        }
    }

    private void values() {
        Cells cells = book.cells;
        grid.section("Valeurs des indicateurs dans le temps");
        int header = grid.header(0, VALUE_HEADERS);
        int charts = 0;
        for (PhaseReport report : book.phases) {
            for (PhaseReport.ExperimentRow e : report.experiments()) {
                for (PhaseReport.Indicator i : e.indicators()) {
                    int first = grid.next();
                    List<String> days = new ArrayList<>();
                    for (PhaseReport.IndicatorValue v : i.values()) {
                        Row row = grid.row();
                        cells.text(row, 0, e.lead());
                        cells.text(row, 1, i.name());
                        cells.date(row, 2, v.on());
                        cells.decimal(row, 3, v.value());
                        days.add(v.on() == null ? "" : DAY.format(v.on()));
                    }
                    if (!days.isEmpty() && charts < MAX_CHARTS) {
                        chart(header, charts++, e, i, first, grid.next() - 1, days);
                    }
                }
            }
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucune valeur pour l'instant.");
        } else {
            Tables.add(sheet, "Valeurs_des_indicateurs", header, last, 0, VALUE_HEADERS);
        }
    }

    private void chart(
            int header,
            int index,
            PhaseReport.ExperimentRow e,
            PhaseReport.Indicator i,
            int first,
            int last,
            List<String> days) {
        String unit = i.unit() == null || i.unit().isBlank() ? "" : " (" + i.unit() + ")";
        String title = i.name() + unit + " : " + e.lead();
        String ref = new CellRangeAddress(first, last, 2, 2).formatAsString(sheet.getSheetName(), true);
        Charts.lines(
                sheet,
                new Charts.Place(VALUE_HEADERS.size() + 1, header - 1 + index * CHART_ROWS, 8, CHART_ROWS - 1),
                title,
                "Courbe : valeurs de l'indicateur « " + i.name() + " » pour la piste « " + e.lead()
                        + " », date par date. Les mêmes valeurs sont dans le tableau à gauche.",
                XDDFDataSourcesFactory.fromArray(days.toArray(new String[0]), ref),
                List.of(new Charts.Series(new CellReference(first, 1), new CellRangeAddress(first, last, 3, 3))));
    }
}
