package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryCodes.Code;
import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.directory.DirectoryExport;
import coop.faireavec.directory.DirectoryExport.ExportedService;
import coop.faireavec.directory.DirectoryExport.ExportedStructure;
import coop.faireavec.directory.ServiceDetails;
import coop.faireavec.directory.StructureDetails;
import coop.faireavec.directory.web.ExchangeColumns.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The directory as an Excel workbook (Apache POI): sheets "Structures" and "Services" with the
 * {@link ExchangeColumns}, then "Notice" (what goes in each column) and "Codes" (the data·inclusion lists). The
 * template is the same workbook without rows; an export imports again as it is.
 *
 * <p>Nothing is ever evaluated: every value is written as a string cell in the text format ({@code @}), marked
 * "quote prefixed" when it starts with {@code = + - @} (or a tab or line break), so that a spreadsheet keeps it as
 * text even when someone edits the cell (formula injection, OWASP); only latitude and longitude are numbers. On
 * import, a formula cell gives its cached value, never its formula's result computed here.
 */
@Component
class DirectoryWorkbook {

    /** The most rows one sheet may have on import. */
    static final int MAX_ROWS = 5000;

    private final DirectoryCodes codes;

    DirectoryWorkbook(DirectoryCodes codes) {
        this.codes = codes;
    }

    /** The empty template with its notice and code lists. */
    byte[] template() {
        return write(List.of());
    }

    /** The export: one row per organisation and per service. */
    byte[] write(DirectoryExport export) {
        return write(export.structures());
    }

    private byte[] write(List<ExportedStructure> structures) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet s = sheet(book, ExchangeColumns.STRUCTURES, ExchangeColumns.STRUCTURE_COLUMNS, styles);
            Sheet v = sheet(book, ExchangeColumns.SERVICES, ExchangeColumns.SERVICE_COLUMNS, styles);
            int sr = 1;
            int vr = 1;
            for (ExportedStructure e : structures) {
                String ref = ref(e.id());
                row(s.createRow(sr++), structureValues(ref, e.details()), styles);
                for (ExportedService service : e.services()) {
                    row(v.createRow(vr++), serviceValues(ref, service.details()), styles);
                }
            }
            notice(book, styles);
            codeLists(book, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ref(long id) {
        return "S" + id;
    }

    private static List<Object> structureValues(String ref, StructureDetails d) {
        return Arrays.asList(
                ref,
                d.nom(),
                d.siret(),
                d.description(),
                d.adresse(),
                d.complementAdresse(),
                d.codePostal(),
                d.commune(),
                d.codeInsee(),
                d.latitude(),
                d.longitude(),
                d.telephone(),
                d.courriel(),
                d.siteWeb(),
                d.horairesAccueil(),
                d.accessibiliteLieu(),
                String.join(", ", d.reseauxPorteurs()),
                d.addressPublic() ? "oui" : "non",
                d.contactPublic() ? "oui" : "non");
    }

    private static List<Object> serviceValues(String ref, ServiceDetails d) {
        return Arrays.asList(
                ref,
                d.nom(),
                d.description(),
                d.type(),
                String.join(", ", d.thematiques()),
                String.join(", ", d.publics()),
                d.publicsPrecisions(),
                d.frais(),
                d.fraisPrecisions(),
                String.join(", ", d.modesAccueil()),
                d.conditionsAcces(),
                d.contactNomPrenom(),
                d.telephone(),
                d.courriel(),
                d.contactPublic() ? "oui" : "non");
    }

    /**
     * Reads an uploaded workbook (already let through by {@code UploadGuard}).
     *
     * @return the organisation rows, then the service rows (blank rows skipped; line = the row number in Excel)
     * @throws ImportFileProblem when the "Structures" sheet is missing, a sheet's headers are not the template's, or
     *     a sheet has more than {@value #MAX_ROWS} rows
     */
    List<List<RawRow>> read(byte[] content) throws ImportFileProblem {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet structures = book.getSheet(ExchangeColumns.STRUCTURES);
            if (structures == null) {
                throw new ImportFileProblem("directory.import.file.noSheet", ExchangeColumns.STRUCTURES);
            }
            Sheet services = book.getSheet(ExchangeColumns.SERVICES);
            List<RawRow> s = rows(structures, ExchangeColumns.STRUCTURE_COLUMNS);
            List<RawRow> v = services == null ? List.of() : rows(services, ExchangeColumns.SERVICE_COLUMNS);
            for (RawRow row : s) {
                row.lists.put(ExchangeColumns.RESEAUX, RawRow.split(row.get(ExchangeColumns.RESEAUX)));
            }
            for (RawRow row : v) {
                for (String h :
                        List.of(ExchangeColumns.THEMATIQUES, ExchangeColumns.PUBLICS, ExchangeColumns.MODES_ACCUEIL)) {
                    row.lists.put(h, RawRow.split(row.get(h)));
                }
            }
            return List.of(s, v);
        } catch (IOException | RuntimeException e) {
            // the guard opened it already: only a workbook POI reads but cannot walk gets here
            throw new ImportFileProblem("directory.import.file.unreadable");
        }
    }

    private static List<RawRow> rows(Sheet sheet, List<Column> columns) throws ImportFileProblem {
        List<String> expected = ExchangeColumns.headers(columns);
        Row head = sheet.getRow(0);
        for (int c = 0; c < expected.size(); c++) {
            String found = head == null ? null : text(head.getCell(c));
            if (found == null || !found.strip().equalsIgnoreCase(expected.get(c))) {
                throw new ImportFileProblem(
                        "directory.import.file.headers",
                        sheet.getSheetName(),
                        c + 1,
                        expected.get(c),
                        found == null ? "" : found.strip());
            }
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw new ImportFileProblem("directory.import.file.tooManyRows", sheet.getSheetName(), MAX_ROWS);
        }
        List<RawRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            RawRow raw = new RawRow(r + 1);
            for (int c = 0; c < expected.size(); c++) {
                String value = text(row.getCell(c));
                if (value != null && !value.isBlank()) {
                    raw.text.put(expected.get(c), value);
                }
            }
            if (!raw.text.isEmpty()) {
                rows.add(raw);
            }
        }
        return rows;
    }

    /** A cell's value as text, never evaluating anything: a formula cell gives its cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "oui" : "non";
            default -> null;
        };
    }

    /** Whether a spreadsheet would read the text as a formula if it were typed in. */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0;
    }

    private static Sheet sheet(XSSFWorkbook book, String name, List<Column> columns, Styles styles) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setDefaultColumnStyle(c, styles.text);
            sheet.setColumnWidth(c, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Row row, List<Object> values, Styles styles) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null || "".equals(value)) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.number);
            } else {
                String text = value.toString();
                cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
                cell.setCellStyle(looksLikeFormula(text) ? styles.quoted : styles.text);
            }
        }
    }

    private static void notice(XSSFWorkbook book, Styles styles) {
        Sheet sheet = book.createSheet(ExchangeColumns.NOTICE);
        String[][] intro = {
            {"Modèle d'import de l'annuaire des acteurs locaux (format data·inclusion)"},
            {"Une ligne par structure dans la feuille « Structures », une ligne par service dans « Services »."},
            {"Ne changez pas les titres des colonnes. Seul le nom est obligatoire."},
            {"Les codes des listes sont dans la feuille « Codes » (listes data·inclusion, Licence Ouverte 2.0)."},
            {""},
        };
        int r = 0;
        for (String[] line : intro) {
            text(sheet.createRow(r++), 0, line[0], styles.text);
        }
        Row head = sheet.createRow(r++);
        String[] headers = {"Feuille", "Colonne", "Obligatoire", "Ce qu'il faut écrire"};
        for (int c = 0; c < headers.length; c++) {
            text(head, c, headers[c], styles.header);
        }
        for (String sheetName : List.of(ExchangeColumns.STRUCTURES, ExchangeColumns.SERVICES)) {
            List<Column> columns = sheetName.equals(ExchangeColumns.STRUCTURES)
                    ? ExchangeColumns.STRUCTURE_COLUMNS
                    : ExchangeColumns.SERVICE_COLUMNS;
            for (Column column : columns) {
                Row row = sheet.createRow(r++);
                text(row, 0, sheetName, styles.text);
                text(row, 1, column.header(), styles.text);
                text(row, 2, column.required() ? "Oui" : "Non", styles.text);
                text(row, 3, column.note(), styles.text);
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 90 * 256);
    }

    private void codeLists(XSSFWorkbook book, Styles styles) {
        Sheet sheet = book.createSheet(ExchangeColumns.CODES);
        Row head = sheet.createRow(0);
        String[] headers = {"Colonne", "Liste data·inclusion", "Code", "Libellé"};
        for (int c = 0; c < headers.length; c++) {
            text(head, c, headers[c], styles.header);
        }
        Object[][] lists = {
            {ExchangeColumns.RESEAUX, Kind.RESEAUX_PORTEURS, "reseaux-porteurs"},
            {ExchangeColumns.TYPE, Kind.TYPES_DE_SERVICES, "types-de-services"},
            {ExchangeColumns.THEMATIQUES, Kind.THEMATIQUES, "thematiques"},
            {ExchangeColumns.PUBLICS, Kind.PUBLICS, "publics"},
            {ExchangeColumns.FRAIS, Kind.FRAIS, "frais"},
            {ExchangeColumns.MODES_ACCUEIL, Kind.MODES_ACCUEIL, "modes-accueil"},
        };
        int r = 1;
        for (Object[] list : lists) {
            for (Code code : codes.list((Kind) list[1])) {
                Row row = sheet.createRow(r++);
                text(row, 0, (String) list[0], styles.text);
                text(row, 1, (String) list[2], styles.text);
                text(row, 2, code.value(), styles.text);
                text(row, 3, code.label(), styles.text);
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        sheet.setColumnWidth(3, 60 * 256);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle header;
        final CellStyle number;

        Styles(XSSFWorkbook book) {
            short textFormat = book.createDataFormat().getFormat("@");
            text = book.createCellStyle();
            text.setDataFormat(textFormat);
            quoted = book.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            header = book.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("0.0######"));
        }
    }
}
