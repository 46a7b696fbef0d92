package coop.faireavec.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes audit events as an {@code .xlsx} workbook (Apache POI), one row an event, the headers in the reader's
 * language. Every cell is a string cell, never a formula; a value starting with {@code = + - @} (or a tab or a
 * carriage return) is also marked "quote prefixed", so that a spreadsheet keeps it as text even when someone edits
 * the cell (CSV/formula injection, OWASP). Times are written in the platform's time zone with their offset, and the
 * header of their column names that zone.
 */
@Component
public class AuditWorkbook {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final String[] HEADERS = {
        "admin.audit.col.when",
        "admin.audit.col.kind",
        "admin.audit.col.actor",
        "admin.audit.col.actorId",
        "admin.audit.col.subject",
        "admin.audit.col.experimentation",
        "admin.audit.col.record",
        "admin.audit.col.detail",
        "admin.audit.col.address"
    };

    private final MessageSource messages;

    AuditWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The workbook's bytes.
     *
     * @param events the events, in the order of the rows
     * @param zone   the time zone in which times are written
     * @param locale the language of the headers and of the kinds' names
     */
    public byte[] write(List<AuditEvent> events, ZoneId zone, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle asText = book.createCellStyle();
            asText.setQuotePrefixed(true);
            Sheet sheet = book.createSheet(messages.getMessage("admin.audit.sheet", null, locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                // the first header names the time zone of the times below it (only it takes an argument)
                Object[] zoneId = i == 0 ? new Object[] {zone.getId()} : null;
                text(head.createCell(i), messages.getMessage(HEADERS[i], zoneId, locale), asText);
            }
            int r = 1;
            for (AuditEvent e : events) {
                Row row = sheet.createRow(r++);
                String[] values = {
                    WHEN.format(e.getOccurredAt().atZone(zone)),
                    messages.getMessage(
                            "audit.kind." + e.getKind(), null, e.getKind().name(), locale),
                    e.getActorName(),
                    e.getActorId() == null ? null : e.getActorId().toString(),
                    e.getSubjectPersonId() == null
                            ? null
                            : e.getSubjectPersonId().toString(),
                    e.getExperimentationId() == null
                            ? null
                            : e.getExperimentationId().toString(),
                    e.getRecordType() + (e.getRecordId() == null ? "" : " " + e.getRecordId()),
                    e.getDetail(),
                    e.getClientAddress()
                };
                for (int i = 0; i < values.length; i++) {
                    text(row.createCell(i), values[i], asText);
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string cell (an empty string for null); quote-prefixed when a spreadsheet could read it as a formula. */
    private static void text(Cell cell, String value, CellStyle asText) {
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            cell.setCellStyle(asText);
        }
    }
}
