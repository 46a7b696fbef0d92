package coop.faireavec.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import coop.faireavec.config.FaireAvecProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link PersonalDataSet} as a JSON document or an Excel workbook, with plain labels for the person reading
 * it: each section ({@code table.column}) is named by {@code personaldata.section.TABLE.COLUMN} and each column by
 * {@code personaldata.column.TABLE.COLUMN} or else {@code personaldata.column.COLUMN} of the messages files, in the
 * reader's language; the technical names stay beside them for the data protection officer (the JSON's {@code name}
 * and {@code columns} keys, the workbook's summary column and last sheet). Times are written in the platform's time
 * zone, which the files name. In the workbook every cell is a text cell (never a formula, a number or a date Excel
 * would interpret), and a text starting with {@code = + - @} is also marked "quote prefixed", so that editing the
 * cell in Excel keeps it as text.
 */
@Component
public class PersonalDataFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final MessageSource messages;
    private final ZoneId zone;

    PersonalDataFiles(MessageSource messages, FaireAvecProperties settings) {
        this.messages = messages;
        this.zone = ZoneId.of(settings.timeZone());
    }

    /**
     * @param locale the language of the labels
     * @return the set as UTF-8 JSON: {@code personId}, {@code displayName}, {@code generatedAt} (ISO-8601 with the
     *     offset of {@code timeZone}), {@code timeZone} (the platform's, e.g. {@code Europe/Paris}),
     *     {@code experimentationId} (null for the person's own download) and {@code sections}, each with its
     *     technical {@code name} ({@code table.column}), its plain {@code label}, its {@code kind}, its
     *     {@code columns} (technical name to plain label) and its {@code rows} (keyed by technical names)
     */
    public byte[] json(PersonalDataSet set, Locale locale) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("personId", set.personId());
        doc.put("displayName", set.displayName());
        doc.put(
                "generatedAt",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(set.generatedAt().atZone(zone)));
        doc.put("timeZone", zone.getId());
        doc.put("experimentationId", set.experimentationId());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PersonalDataSet.Section s : set.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("name", s.name());
            section.put("label", sectionLabel(s.name(), locale));
            section.put("kind", s.kind());
            Map<String, String> columns = new LinkedHashMap<>();
            columnsOf(s).forEach(c -> columns.put(c, columnLabel(s.name(), c, locale)));
            section.put("columns", columns);
            section.put("rows", s.rows());
            sections.add(section);
        }
        doc.put("sections", sections);
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param locale the language of the labels
     * @return an .xlsx workbook: a summary sheet (who, when in the platform's time zone, one line per section with
     *     its label, its number of rows and its technical name), one sheet per section that has rows (named by its
     *     number and label, the columns by their labels), and a last sheet giving the technical name
     *     ({@code table.column}) of every sheet's column; every cell text
     */
    public byte[] xlsx(PersonalDataSet set, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            Sheet summary =
                    book.createSheet(WorkbookUtil.createSafeSheetName(text("personaldata.xlsx.summary", locale)));
            int r = 0;
            text(summary.createRow(r++), 0, text("personaldata.xlsx.intro", locale), quoted);
            Row who = summary.createRow(r++);
            text(who, 0, text("personaldata.xlsx.person", locale), quoted);
            text(who, 1, set.displayName(), quoted);
            Row when = summary.createRow(r++);
            text(
                    when,
                    0,
                    messages.getMessage("personaldata.xlsx.generatedIn", new Object[] {zone.getId()}, locale),
                    quoted);
            text(when, 1, WHEN.format(set.generatedAt().atZone(zone)), quoted);
            r++;
            Row head = summary.createRow(r++);
            text(head, 0, text("personaldata.xlsx.section", locale), quoted);
            text(head, 1, text("personaldata.xlsx.rows", locale), quoted);
            text(head, 2, text("personaldata.xlsx.technicalName", locale), quoted);
            List<String[]> technical = new ArrayList<>();
            int number = 0;
            for (PersonalDataSet.Section s : set.sections()) {
                number++;
                Row line = summary.createRow(r++);
                text(line, 0, sectionLabel(s.name(), locale), quoted);
                text(line, 1, String.valueOf(s.rows().size()), quoted);
                text(line, 2, s.name(), quoted);
                if (!s.rows().isEmpty()) {
                    section(book, number, s, quoted, locale, technical);
                }
            }
            summary.setColumnWidth(0, 50 * 256);
            summary.setColumnWidth(1, 30 * 256);
            summary.setColumnWidth(2, 40 * 256);
            technicalNames(book, technical, quoted, locale);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain label of a section ({@code table.column}); its technical name when the messages have none. */
    String sectionLabel(String section, Locale locale) {
        return messages.getMessage("personaldata.section." + section, null, section, locale);
    }

    /**
     * The plain label of a column of a section: {@code personaldata.column.TABLE.COLUMN}, else
     * {@code personaldata.column.COLUMN}; a name added beside a person's id ({@code recorded_by_id_name}) is "name of"
     * that id's label; else the technical name.
     */
    String columnLabel(String section, String column, Locale locale) {
        String table = section.substring(0, section.indexOf('.'));
        String label = messages.getMessage("personaldata.column." + table + "." + column, null, null, locale);
        if (label == null) {
            label = messages.getMessage("personaldata.column." + column, null, null, locale);
        }
        if (label == null && column.endsWith("_name")) {
            String of = columnLabel(section, column.substring(0, column.length() - "_name".length()), locale);
            label = messages.getMessage("personaldata.column.nameOf", new Object[] {of}, locale);
        }
        return label == null ? column : label;
    }

    private static Set<String> columnsOf(PersonalDataSet.Section s) {
        Set<String> columns = new LinkedHashSet<>();
        s.rows().forEach(row -> columns.addAll(row.keySet()));
        return columns;
    }

    private void section(
            XSSFWorkbook book,
            int number,
            PersonalDataSet.Section s,
            CellStyle quoted,
            Locale locale,
            List<String[]> technical) {
        String name = WorkbookUtil.createSafeSheetName(
                String.format(Locale.ROOT, "%02d %s", number, sectionLabel(s.name(), locale)));
        Sheet sheet = book.createSheet(name);
        Set<String> columns = columnsOf(s);
        Row head = sheet.createRow(0);
        int c = 0;
        String table = s.name().substring(0, s.name().indexOf('.'));
        for (String column : columns) {
            String label = columnLabel(s.name(), column, locale);
            text(head, c++, label, quoted);
            technical.add(new String[] {name, label, table + "." + column});
        }
        int r = 1;
        for (Map<String, Object> values : s.rows()) {
            Row row = sheet.createRow(r++);
            c = 0;
            for (String column : columns) {
                Object value = values.get(column);
                if (value != null) {
                    text(row, c, value.toString(), quoted);
                }
                c++;
            }
        }
    }

    /** The last sheet, for the data protection officer: each sheet's column with its technical name. */
    private void technicalNames(XSSFWorkbook book, List<String[]> technical, CellStyle quoted, Locale locale) {
        Sheet sheet =
                book.createSheet(WorkbookUtil.createSafeSheetName(text("personaldata.xlsx.technicalSheet", locale)));
        int r = 0;
        text(sheet.createRow(r++), 0, text("personaldata.xlsx.technicalIntro", locale), quoted);
        Row head = sheet.createRow(r++);
        text(head, 0, text("personaldata.xlsx.sheet", locale), quoted);
        text(head, 1, text("personaldata.xlsx.column", locale), quoted);
        text(head, 2, text("personaldata.xlsx.technicalName", locale), quoted);
        for (String[] line : technical) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.length; c++) {
                text(row, c, line[c], quoted);
            }
        }
        sheet.setColumnWidth(0, 35 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 45 * 256);
    }

    /** A text cell, never evaluated; marked quote-prefixed when Excel would read it as a formula once edited. */
    private static void text(Row row, int column, String value, CellStyle quoted) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            cell.setCellStyle(quoted);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
