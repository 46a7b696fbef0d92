package coop.faireavec.report.workbook;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingStatement;
import coop.faireavec.funding.FundingStatement.BudgetRow;
import coop.faireavec.funding.FundingStatement.FunderRow;
import coop.faireavec.funding.FundingStatement.GrantRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Financement, in the layout of the compte rendu financier (Cerfa 15059) on the associations' chart of accounts:
 * charges 60-68, income 70-78, voluntary contributions in kind 86 (uses) and 87 (sources), each planned vs actual with
 * totals, and the balance (charges + 86 = income + 87); then every line per phase and funder, totals per phase and per
 * funder, the grant applications (asked vs granted, what is left) and the time given at meetings. Every sum is
 * computed in {@link BigDecimal}; only the cell receives a double.
 */
final class FundingSheet {

    static final List<String> ACCOUNT_HEADERS =
            List.of("Compte", "Libellé", "Prévu", "Réalisé", "Écart", "Réalisé / prévu");
    static final List<String> BALANCE_HEADERS = List.of("Équilibre du budget", "Prévu", "Réalisé");
    static final List<String> DETAIL_HEADERS =
            List.of("Compte", "Libellé", "Nature", "Phase", "Financeur", "Prévu", "Réalisé", "Écart");
    static final List<String> PHASE_HEADERS = List.of(
            "Phase",
            "Charges prévues",
            "Charges réalisées",
            "Produits prévus",
            "Produits réalisés",
            "Contributions en nature prévues",
            "Contributions en nature réalisées");
    static final List<String> FUNDER_HEADERS = List.of(
            "Financeur",
            "Produits prévus",
            "Produits reçus",
            "Subventions accordées",
            "Dépenses imputées",
            "Reste à dépenser");
    static final List<String> GRANT_HEADERS = List.of(
            "Financeur",
            "Type de financeur",
            "Appel ou programme",
            "Demandé",
            "Déposée le",
            "Statut",
            "Décidée le",
            "Accordé",
            "Accordé − demandé",
            "Conditions");

    private static final int CHART_ROWS = 16;

    private final Book book;
    private final Grid grid;
    private final XSSFSheet sheet;
    private final FundingStatement statement;

    FundingSheet(Book book, XSSFSheet sheet, FundingStatement statement) {
        this.book = book;
        this.sheet = sheet;
        this.grid = new Grid(sheet, book.cells);
        this.statement = statement;
    }

    void write() {
        grid.title(
                "Financement : compte rendu financier",
                "Le budget prévu et ce qui a été réalisé, sur le plan comptable des associations (charges 60 à 68,"
                        + " produits 70 à 78, contributions volontaires en nature 86 et 87), les subventions demandées"
                        + " et accordées, et ce qui reste.");
        grid.freezeThrough(0);
        grid.widths(10, 44, 16, 30, 28, 15, 15, 15, 15, 40);
        Totals charges = accounts(
                "Charges (comptes 60 à 68)", "Total des charges", "Financement_charges", statement.charges(), true);
        grid.skip(1);
        Totals income = accounts(
                "Produits (comptes 70 à 78)", "Total des produits", "Financement_produits", statement.income(), false);
        grid.skip(1);
        Totals uses = accounts(
                "Emplois des contributions volontaires en nature (comptes 86)",
                "Total des emplois (86)",
                "Financement_emplois_86",
                statement.inKindUses(),
                false);
        grid.skip(1);
        Totals sources = accounts(
                "Contributions volontaires en nature (comptes 87)",
                "Total des contributions (87)",
                "Financement_contributions_87",
                statement.inKindSources(),
                false);
        grid.skip(1);
        balance(charges, income, uses, sources);
        grid.skip(1);
        detail();
        grid.skip(1);
        perPhase();
        grid.skip(1);
        perFunder();
        grid.skip(1);
        grants();
        grid.skip(1);
        timeGiven();
    }

    /** Planned and actual sums of some lines. */
    record Totals(BigDecimal planned, BigDecimal actual) {
        static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(BigDecimal p, BigDecimal a) {
            return new Totals(planned.add(orZero(p)), actual.add(orZero(a)));
        }

        Totals plus(Totals other) {
            return plus(other.planned, other.actual);
        }
    }

    /** A line of the summary: an account number with its label. */
    record AccountLine(String account, String label) {}

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** One block of accounts, each account summed over phases and funders, then its total line under the table. */
    private Totals accounts(String heading, String totalLabel, String tableName, List<BudgetRow> rows, boolean chart) {
        Cells cells = book.cells;
        grid.section(heading);
        // one line per account and label: the 74 of each kind of funder stays apart
        Map<AccountLine, Totals> byAccount = new LinkedHashMap<>();
        for (BudgetRow r : rows) {
            byAccount.merge(
                    new AccountLine(r.account(), r.label()), Totals.ZERO.plus(r.planned(), r.actual()), Totals::plus);
        }
        if (byAccount.isEmpty()) {
            grid.nothing("Aucune ligne.");
            return Totals.ZERO;
        }
        int header = grid.header(0, ACCOUNT_HEADERS);
        Totals total = Totals.ZERO;
        for (Map.Entry<AccountLine, Totals> e : byAccount.entrySet()) {
            Row row = grid.row();
            cells.text(row, 0, e.getKey().account());
            cells.text(row, 1, e.getKey().label());
            amounts(row, 2, e.getValue());
            total = total.plus(e.getValue());
        }
        int last = grid.next() - 1;
        Tables.add(sheet, tableName, header, last, 0, ACCOUNT_HEADERS);
        Row totalRow = grid.row();
        cells.text(totalRow, 1, totalLabel, cells.styles.label);
        cells.euros(totalRow, 2, total.planned(), cells.styles.eurosBold);
        cells.euros(totalRow, 3, total.actual(), cells.styles.eurosBold);
        if (chart) {
            Charts.bars(
                    sheet,
                    new Charts.Place(ACCOUNT_HEADERS.size() + 1, header - 1, 8, CHART_ROWS),
                    "Budget prévu et dépenses réalisées, par poste de charges",
                    "Graphique en colonnes : pour chaque poste de charges (comptes 60 à 68), le montant prévu au"
                            + " budget et le montant réellement dépensé, en euros. Les mêmes montants sont dans le"
                            + " tableau à gauche.",
                    new CellRangeAddress(header + 1, last, 1, 1),
                    List.of(
                            new Charts.Series(
                                    new CellReference(header, 2), new CellRangeAddress(header + 1, last, 2, 2)),
                            new Charts.Series(
                                    new CellReference(header, 3), new CellRangeAddress(header + 1, last, 3, 3))));
            grid.skip(Math.max(0, header - 1 + CHART_ROWS - grid.next()));
        }
        return total;
    }

    /** Prévu, Réalisé, Écart (réalisé − prévu) and réalisé / prévu from {@code col}. */
    private void amounts(Row row, int col, Totals t) {
        Cells cells = book.cells;
        cells.euros(row, col, t.planned());
        cells.euros(row, col + 1, t.actual());
        cells.euros(row, col + 2, t.actual().subtract(t.planned()));
        if (t.planned().signum() != 0) {
            cells.percent(
                    row,
                    col + 3,
                    t.actual().divide(t.planned(), 4, RoundingMode.HALF_UP).doubleValue());
        }
    }

    private void balance(Totals charges, Totals income, Totals uses, Totals sources) {
        Cells cells = book.cells;
        grid.section("Équilibre : charges + emplois en nature (86) = produits + contributions en nature (87)");
        int header = grid.header(1, BALANCE_HEADERS);
        Totals left = charges.plus(uses);
        Totals right = income.plus(sources);
        line("Total des charges (60 à 68)", charges);
        line("Emplois des contributions volontaires (86)", uses);
        line("Total des charges et des emplois (60 à 68 + 86)", left);
        line("Total des produits (70 à 78)", income);
        line("Contributions volontaires en nature (87)", sources);
        line("Total des produits et des contributions (70 à 78 + 87)", right);
        line(
                "Écart (produits − charges)",
                new Totals(
                        right.planned().subtract(left.planned()), right.actual().subtract(left.actual())));
        Row held = grid.row();
        cells.text(held, 1, "Le budget est équilibré");
        cells.yesNo(held, 2, right.planned().compareTo(left.planned()) == 0);
        cells.yesNo(held, 3, right.actual().compareTo(left.actual()) == 0);
        Tables.add(sheet, "Financement_equilibre", header, grid.next() - 1, 1, BALANCE_HEADERS);
    }

    private void line(String label, Totals t) {
        Row row = grid.row();
        book.cells.text(row, 1, label);
        book.cells.euros(row, 2, t.planned());
        book.cells.euros(row, 3, t.actual());
    }

    private void detail() {
        Cells cells = book.cells;
        grid.section("Chaque ligne du budget, par phase et par financeur");
        int header = grid.header(0, DETAIL_HEADERS);
        detailRows("Charges", statement.charges());
        detailRows("Produits", statement.income());
        detailRows("Emplois en nature (86)", statement.inKindUses());
        detailRows("Contributions en nature (87)", statement.inKindSources());
        int last = grid.next() - 1;
        if (last == header) {
            cells.text(grid.row(), 0, "Aucune ligne.", cells.styles.subtitle);
        } else {
            Tables.add(sheet, "Financement_lignes", header, last, 0, DETAIL_HEADERS);
        }
    }

    private void detailRows(String nature, List<BudgetRow> rows) {
        Cells cells = book.cells;
        for (BudgetRow r : rows) {
            Row row = grid.row();
            cells.text(row, 0, r.account());
            cells.text(row, 1, r.label());
            cells.text(row, 2, nature);
            cells.text(row, 3, Book.phase(r.phase()));
            cells.text(row, 4, r.funder());
            cells.euros(row, 5, orZero(r.planned()));
            cells.euros(row, 6, orZero(r.actual()));
            cells.euros(row, 7, orZero(r.actual()).subtract(orZero(r.planned())));
        }
    }

    private void perPhase() {
        Cells cells = book.cells;
        grid.section("Par phase");
        Set<Phase> phases = new LinkedHashSet<>();
        for (List<BudgetRow> rows :
                List.of(statement.charges(), statement.income(), statement.inKindUses(), statement.inKindSources())) {
            rows.forEach(r -> phases.add(r.phase()));
        }
        List<Phase> ordered = new ArrayList<>(phases);
        ordered.sort((a, b) -> Integer.compare(a == null ? 0 : a.number(), b == null ? 0 : b.number()));
        if (ordered.isEmpty()) {
            grid.nothing("Aucune ligne.");
            return;
        }
        int header = grid.header(1, PHASE_HEADERS);
        for (Phase phase : ordered) {
            Row row = grid.row();
            cells.text(row, 1, Book.phase(phase));
            Totals c = sum(statement.charges(), phase);
            Totals i = sum(statement.income(), phase);
            Totals k = sum(statement.inKindSources(), phase);
            cells.euros(row, 2, c.planned());
            cells.euros(row, 3, c.actual());
            cells.euros(row, 4, i.planned());
            cells.euros(row, 5, i.actual());
            cells.euros(row, 6, k.planned());
            cells.euros(row, 7, k.actual());
        }
        Tables.add(sheet, "Financement_phases", header, grid.next() - 1, 1, PHASE_HEADERS);
    }

    private static Totals sum(List<BudgetRow> rows, Phase phase) {
        Totals t = Totals.ZERO;
        for (BudgetRow r : rows) {
            if (r.phase() == phase) {
                t = t.plus(r.planned(), r.actual());
            }
        }
        return t;
    }

    /**
     * Per funder, the funding page's figures as the statement carries them (granted: its granted applications; spent:
     * the spending charged to it; left: granted − spent), with its income lines planned and received.
     */
    private void perFunder() {
        Cells cells = book.cells;
        grid.section("Par financeur : ce qui est accordé, dépensé, et ce qui reste");
        if (statement.funders().isEmpty()) {
            grid.nothing("Aucun financeur.");
            return;
        }
        int header = grid.header(1, FUNDER_HEADERS);
        for (FunderRow funder : statement.funders()) {
            Totals income = Totals.ZERO;
            for (BudgetRow r : statement.income()) {
                if (funder.funder().equals(r.funder())) {
                    income = income.plus(r.planned(), r.actual());
                }
            }
            Row row = grid.row();
            cells.text(row, 1, funder.funder());
            cells.euros(row, 2, income.planned());
            cells.euros(row, 3, income.actual());
            cells.euros(row, 4, orZero(funder.granted()));
            cells.euros(row, 5, orZero(funder.spent()));
            cells.euros(row, 6, orZero(funder.left()));
        }
        Tables.add(sheet, "Financement_financeurs", header, grid.next() - 1, 1, FUNDER_HEADERS);
    }

    private void grants() {
        Cells cells = book.cells;
        grid.section("Demandes de subvention");
        if (statement.grants().isEmpty()) {
            grid.nothing("Aucune demande.");
            return;
        }
        int header = grid.header(1, GRANT_HEADERS);
        BigDecimal asked = BigDecimal.ZERO;
        BigDecimal granted = BigDecimal.ZERO;
        for (GrantRow g : statement.grants()) {
            Row row = grid.row();
            cells.text(row, 1, g.funder());
            cells.text(row, 2, g.funderKind());
            cells.text(row, 3, g.programme());
            cells.euros(row, 4, g.asked());
            cells.date(row, 5, g.submittedOn());
            cells.text(row, 6, g.status());
            cells.date(row, 7, g.decidedOn());
            cells.euros(row, 8, g.granted());
            if (g.granted() != null) {
                cells.euros(row, 9, g.granted().subtract(orZero(g.asked())));
            }
            cells.wrapped(row, 10, g.conditions());
            asked = asked.add(orZero(g.asked()));
            granted = granted.add(orZero(g.granted()));
        }
        Tables.add(sheet, "Financement_subventions", header, grid.next() - 1, 1, GRANT_HEADERS);
        Row total = grid.row();
        cells.text(total, 1, "Total", cells.styles.label);
        cells.euros(total, 4, asked, cells.styles.eurosBold);
        cells.euros(total, 8, granted, cells.styles.eurosBold);
    }

    private void timeGiven() {
        Cells cells = book.cells;
        grid.section("Temps donné aux rencontres, valorisé en contribution volontaire (87)");
        Row hours = grid.row();
        cells.text(hours, 1, "Heures données (d'après les présences)");
        cells.decimal(hours, 2, statement.hoursGiven());
        Row value = grid.row();
        cells.text(value, 1, "Valeur d'une heure");
        cells.euros(value, 2, statement.hourlyValue());
        Row total = grid.row();
        cells.text(total, 1, "Valeur du temps donné", cells.styles.label);
        if (statement.hoursGiven() != null && statement.hourlyValue() != null) {
            cells.euros(
                    total,
                    2,
                    statement.hoursGiven().multiply(statement.hourlyValue()).setScale(2, RoundingMode.HALF_UP),
                    cells.styles.eurosBold);
        }
    }
}
