package coop.faireavec.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link PersonalDataSet} as a JSON document or an Excel workbook. In the workbook every cell is a text cell
 * (never a formula, a number or a date Excel would interpret), and a text starting with {@code = + - @} is also marked
 * "quote prefixed", so that editing the cell in Excel keeps it as text.
 */
@Component
public class PersonalDataFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final MessageSource messages;

    PersonalDataFiles(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @return the set as UTF-8 JSON: {@code personId}, {@code displayName}, {@code generatedAt} (ISO-8601 UTC),
     *     {@code experimentationId} (null for the person's own download) and {@code sections}, each with its
     *     {@code name}, {@code kind} and {@code rows}
     */
    public byte[] json(PersonalDataSet set) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("personId", set.personId());
        doc.put("displayName", set.displayName());
        doc.put("generatedAt", set.generatedAt().toString());
        doc.put("experimentationId", set.experimentationId());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PersonalDataSet.Section s : set.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("name", s.name());
            section.put("kind", s.kind());
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
     * @param locale the language of the summary sheet
     * @return an .xlsx workbook: a summary sheet (who, when, one line per section with its number of rows), then one
     *     sheet per section that has rows (named by its number and {@code table.column}), every cell text
     */
    public byte[] xlsx(PersonalDataSet set, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            Sheet summary = book.createSheet(text("personaldata.xlsx.summary", locale));
            int r = 0;
            text(summary.createRow(r++), 0, text("personaldata.xlsx.intro", locale), quoted);
            Row who = summary.createRow(r++);
            text(who, 0, text("personaldata.xlsx.person", locale), quoted);
            text(who, 1, set.displayName(), quoted);
            Row when = summary.createRow(r++);
            text(when, 0, text("personaldata.xlsx.generatedAt", locale), quoted);
            text(when, 1, set.generatedAt().toString(), quoted);
            r++;
            Row head = summary.createRow(r++);
            text(head, 0, text("personaldata.xlsx.section", locale), quoted);
            text(head, 1, text("personaldata.xlsx.rows", locale), quoted);
            int number = 0;
            for (PersonalDataSet.Section s : set.sections()) {
                number++;
                Row line = summary.createRow(r++);
                text(line, 0, s.name(), quoted);
                text(line, 1, String.valueOf(s.rows().size()), quoted);
                if (!s.rows().isEmpty()) {
                    section(book, number, s, quoted);
                }
            }
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 30 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XSSFWorkbook book, int number, PersonalDataSet.Section s, CellStyle quoted) {
        String name = String.format(Locale.ROOT, "%02d %s", number, s.name());
        Sheet sheet = book.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        Set<String> columns = new LinkedHashSet<>();
        s.rows().forEach(row -> columns.addAll(row.keySet()));
        Row head = sheet.createRow(0);
        int c = 0;
        for (String column : columns) {
            text(head, c++, column, quoted);
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
