package coop.faireavec.report.workbook;

import coop.faireavec.report.PhaseReport;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Synthèse: who, where, when, and for each phase its dates, status, key figures, the figures per college (table and
 * chart side by side), its main texts, what the carrier asks of the committee, and the committee's decisions. Facts
 * are label / value pairs in columns A and B; the per-college table sits in D to J, its chart to the right.
 */
final class SummarySheet {

    static final List<String> COLLEGE_HEADERS = List.of(
            "Collège",
            "Membres",
            "Invitations",
            "Présences",
            "Taux de présence",
            "Contributions",
            "Personnes qui ont contribué");

    private static final int TABLE_COL = 3;
    private static final int CHART_ROWS = 16;

    private final Book book;
    private final Grid grid;
    private final XSSFSheet sheet;

    SummarySheet(Book book, XSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
        this.grid = new Grid(sheet, book.cells);
    }

    void write() {
        PhaseReport.Heading heading = book.heading();
        grid.title(
                "Synthèse : " + heading.experimentationTitle(),
                book.whole()
                        ? "Ce que l'expérimentation a fait, avec qui, ce qui a été décidé, phase par phase."
                        : "Ce que la phase a fait, avec qui, ce qui a été décidé, et ce qui est demandé au comité.");
        grid.freezeThrough(0);
        grid.widths(32, 70, 2, 24, 13, 13, 13, 13, 14, 16);
        Cells cells = book.cells;
        fact("Expérimentation", heading.experimentationTitle());
        fact("Territoire", heading.territory());
        fact("Structure porteuse", heading.carrierOrganisation());
        fact("Porteurs du projet", String.join(", ", heading.carriers()));
        fact("Membres du comité", String.join(", ", heading.committeeMembers()));
        fact(
                "Ce classeur couvre",
                book.whole()
                        ? "Toutes les phases jusqu'ici (" + book.phases.size() + ")"
                        : Book.phase(heading.phase()));
        Row version = label("Version du rapport");
        if (heading.version() > 0) {
            cells.integer(version, 1, heading.version());
        } else {
            cells.text(version, 1, "aperçu (non conservé)");
        }
        cells.dateTime(label("Généré le"), 1, heading.generatedAt());
        fact("Généré par", heading.generatedBy());
        wrappedFact("Noms et pseudonymes", heading.pseudonymised());
        for (PhaseReport report : book.phases) {
            grid.skip(1);
            phase(report);
        }
    }

    private void phase(PhaseReport report) {
        PhaseReport.Heading h = report.heading();
        PhaseReport.KeyFigures f = report.figures();
        Cells cells = book.cells;
        grid.section(Book.phase(h.phase()));
        cells.date(label("Début prévu"), 1, h.plannedStart());
        cells.date(label("Fin prévue"), 1, h.plannedEnd());
        cells.date(label("Début réel"), 1, h.actualStart());
        cells.date(label("Fin réelle"), 1, h.actualEnd());
        fact("Statut", h.status());
        cells.integer(label("Rencontres tenues"), 1, f.meetingsHeld());
        cells.integer(label("Contributions"), 1, f.contributions());
        cells.percent(label("Part enregistrée pour quelqu'un"), 1, f.onBehalfShare());
        cells.integer(label("Décisions prises"), 1, f.decisionsTaken());
        cells.integer(label("Étapes en retard"), 1, f.stepsLate());
        grid.skip(1);
        colleges(report);
        texts(report);
        decisions(report);
    }

    private void colleges(PhaseReport report) {
        int n = report.heading().phase().number();
        grid.section("Chiffres par collège, phase " + n);
        int header = grid.header(TABLE_COL, COLLEGE_HEADERS);
        Cells cells = book.cells;
        for (PhaseReport.CollegeFigures c : report.figures().colleges()) {
            Row row = grid.row();
            cells.text(row, TABLE_COL, book.college(c.college()));
            cells.integer(row, TABLE_COL + 1, c.members());
            cells.integer(row, TABLE_COL + 2, c.invitations());
            cells.integer(row, TABLE_COL + 3, c.presences());
            cells.percent(row, TABLE_COL + 4, c.attendanceRate());
            cells.integer(row, TABLE_COL + 5, c.contributions());
            cells.integer(row, TABLE_COL + 6, c.speakers());
        }
        int last = grid.next() - 1;
        if (last == header) {
            grid.nothing("Aucun collège.");
            return;
        }
        Tables.add(sheet, "Synthese_colleges_phase_" + n, header, last, TABLE_COL, COLLEGE_HEADERS);
        String title = "Contributions et personnes qui ont contribué, par collège (phase " + n + ")";
        Charts.bars(
                sheet,
                new Charts.Place(TABLE_COL + COLLEGE_HEADERS.size() + 1, header - 1, 8, CHART_ROWS),
                title,
                "Graphique en colonnes : pour chaque collège, le nombre de contributions et le nombre de personnes"
                        + " qui ont contribué pendant la phase " + n + ". Les mêmes chiffres sont dans le tableau à"
                        + " gauche.",
                new CellRangeAddress(header + 1, last, TABLE_COL, TABLE_COL),
                List.of(
                        new Charts.Series(
                                new CellReference(header, TABLE_COL + 5),
                                new CellRangeAddress(header + 1, last, TABLE_COL + 5, TABLE_COL + 5)),
                        new Charts.Series(
                                new CellReference(header, TABLE_COL + 6),
                                new CellRangeAddress(header + 1, last, TABLE_COL + 6, TABLE_COL + 6))));
        grid.skip(Math.max(1, header - 1 + CHART_ROWS - grid.next() + 1));
    }

    private void texts(PhaseReport report) {
        Cells cells = book.cells;
        grid.section("Textes de la phase");
        if (report.texts().isEmpty()) {
            grid.nothing("Aucun texte pour l'instant.");
        }
        for (PhaseReport.MainText text : report.texts()) {
            Row row = label(text.title());
            cells.wrapped(row, 1, text.body());
            cells.dateTime(label("Écrit le"), 1, text.writtenAt());
        }
        grid.skip(1);
        grid.section("Ce que le porteur demande au comité");
        if (report.askOfCommittee() == null || report.askOfCommittee().isBlank()) {
            grid.nothing("Rien de particulier.");
        } else {
            cells.wrapped(grid.row(), 1, report.askOfCommittee());
        }
        grid.skip(1);
    }

    private void decisions(PhaseReport report) {
        Cells cells = book.cells;
        grid.section("Décisions du comité jusqu'ici");
        if (report.decisions().isEmpty()) {
            grid.nothing("Aucune décision pour l'instant.");
        }
        for (PhaseReport.CommitteeDecision d : report.decisions()) {
            String version = d.reportVersion() == null ? "" : ", rapport version " + d.reportVersion();
            fact(Book.phase(d.phase()) + version, d.approved() ? "Approuvée" : "Le comité demande des compléments");
            cells.dateTime(label("Décidé le"), 1, d.decidedAt());
            if (d.comment() != null && !d.comment().isBlank()) {
                wrappedFact("Commentaire", d.comment());
            }
            for (PhaseReport.Request r : d.requests()) {
                wrappedFact("Demande (" + r.part() + ")", r.what());
                wrappedFact("Réponse du porteur", r.answer() == null ? "pas encore de réponse" : r.answer());
            }
        }
    }

    private Row label(String label) {
        Row row = grid.row();
        book.cells.text(row, 0, label, book.cells.styles.label);
        return row;
    }

    private void fact(String label, String value) {
        book.cells.text(label(label), 1, value);
    }

    private void wrappedFact(String label, String value) {
        book.cells.wrapped(label(label), 1, value);
    }
}
