package coop.faireavec.report.workbook;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a report workbook, created once per workbook (a workbook holds at most 64,000 styles, so
 * never one per cell). Number formats are stored in Excel's invariant notation and shown in the reader's locale: a
 * French Excel or LibreOffice shows {@code #,##0.00 "€"} as {@code 1 234,56 €} and {@code 0.00%} as {@code 12,50 %}.
 */
final class Styles {

    /** Euros with cents, thousands grouped: shown as {@code 1 234,56 €} in French. */
    static final String EUROS = "#,##0.00\\ \"€\"";

    static final String PERCENT = "0.00%";
    static final String DATE = "dd/mm/yyyy";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle wrap;
    final CellStyle wrapQuoted;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle euros;
    final CellStyle eurosBold;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    Styles(Workbook workbook) {
        this.workbook = workbook;
        DataFormat formats = workbook.createDataFormat();
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font italic = workbook.createFont();
        italic.setItalic(true);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(italic);
        section = workbook.createCellStyle();
        section.setFont(bold);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        text = top(workbook);
        textQuoted = top(workbook);
        textQuoted.setQuotePrefixed(true);
        wrap = top(workbook);
        wrap.setWrapText(true);
        wrapQuoted = top(workbook);
        wrapQuoted.setWrapText(true);
        wrapQuoted.setQuotePrefixed(true);

        integer = number(workbook, formats, "0");
        decimal = number(workbook, formats, "#,##0.00");
        euros = number(workbook, formats, EUROS);
        eurosBold = number(workbook, formats, EUROS);
        eurosBold.setFont(bold);
        percent = number(workbook, formats, PERCENT);
        date = number(workbook, formats, DATE);
        dateTime = number(workbook, formats, DATE_TIME);
    }

    /**
     * The same style with Excel's quote prefix ({@code quotePrefix="1"}): the cell's text stays text even when someone
     * edits it, so that a text starting with {@code =}, {@code +}, {@code -} or {@code @} never becomes a formula.
     */
    CellStyle quoted(CellStyle base) {
        if (base == text) {
            return textQuoted;
        }
        if (base == wrap) {
            return wrapQuoted;
        }
        return quoted.computeIfAbsent(base, b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private static CellStyle top(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle number(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = top(workbook);
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
