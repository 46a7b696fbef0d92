package coop.faireavec.report.workbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one value into one cell with the right type and style: user text is always a string cell, quote-prefixed
 * when it starts with a character a spreadsheet reads as a formula ({@code = + - @}, tab, carriage return, line feed);
 * dates are date cells (instants shown in Europe/Paris); amounts are numbers from {@link BigDecimal}; rates are
 * percentages. A null value leaves the cell empty.
 */
final class Cells {

    /** The platform's time zone: instants are shown as the committee's wall-clock time. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Excel's limit for the text of one cell. */
    static final int MAX_TEXT = 32_767;

    private static final String CUT = " […]";

    final Styles styles;

    Cells(Styles styles) {
        this.styles = styles;
    }

    /** Whether a spreadsheet could read {@code value} as a formula if it were typed in: it then needs a quote prefix. */
    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\n';
    }

    /** A string cell in the plain text style. */
    void text(Row row, int col, String value) {
        text(row, col, value, styles.text);
    }

    /** A string cell whose text wraps (long texts). */
    void wrapped(Row row, int col, String value) {
        text(row, col, value, styles.wrap);
    }

    /**
     * A string cell in {@code style}, or its quote-prefixed twin when the text looks like a formula; texts over
     * Excel's 32,767 characters are cut and end with " […]".
     */
    void text(Row row, int col, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
        cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - CUT.length()) + CUT : value);
    }

    /** "Oui" or "Non". */
    void yesNo(Row row, int col, boolean value) {
        text(row, col, value ? "Oui" : "Non");
    }

    void integer(Row row, int col, long value) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.integer);
        cell.setCellValue(value);
    }

    /** Nullable whole number (an empty cell when null). */
    void integer(Row row, int col, Integer value) {
        if (value != null) {
            integer(row, col, value.longValue());
        }
    }

    /** A number with two decimals (indicator values, hours). */
    void decimal(Row row, int col, BigDecimal value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.decimal);
        cell.setCellValue(value.doubleValue());
    }

    /** Euros: the sum is computed in BigDecimal by the caller; only the cell gets a double. */
    void euros(Row row, int col, BigDecimal value) {
        euros(row, col, value, styles.euros);
    }

    void euros(Row row, int col, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        cell.setCellValue(value.doubleValue());
    }

    /** A rate 0..1 shown as a percentage. */
    void percent(Row row, int col, double value) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.percent);
        cell.setCellValue(value);
    }

    void date(Row row, int col, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.date);
        cell.setCellValue(value);
    }

    /** A meeting's local time (already Europe/Paris). */
    void dateTime(Row row, int col, LocalDateTime value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.dateTime);
        cell.setCellValue(value);
    }

    /** An instant shown at its Europe/Paris wall-clock time. */
    void dateTime(Row row, int col, Instant value) {
        if (value != null) {
            dateTime(row, col, LocalDateTime.ofInstant(value, PARIS));
        }
    }
}
