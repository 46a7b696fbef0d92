package coop.faireavec.report.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A cursor over one sheet: rows are written top to bottom (as a streamed sheet requires), with the sheet's title row,
 * styled header rows, explicit column widths (never {@code autoSizeColumn}, which is slow on big sheets and wrong on
 * streamed ones) and a frozen pane.
 */
final class Grid {

    /** Header rows are two lines high, so that wrapped header texts show whole. */
    static final float HEADER_HEIGHT = 30f;

    final Sheet sheet;
    final Cells cells;
    private int next;

    Grid(Sheet sheet, Cells cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    /** Creates and returns the next row. */
    Row row() {
        return sheet.createRow(next++);
    }

    /** The index the next row will take. */
    int next() {
        return next;
    }

    /** Leaves {@code rows} empty rows. */
    void skip(int rows) {
        next += rows;
    }

    /**
     * Row 0: the sheet's title; row 1: what the sheet shows, in one sentence; then one empty row. The sheet prints
     * on A4 landscape, as wide as the page.
     */
    void title(String title, String what) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        cells.text(row(), 0, title, cells.styles.title);
        cells.text(row(), 0, what, cells.styles.subtitle);
        skip(1);
    }

    /** A bold section heading on its own row. */
    void section(String heading) {
        cells.text(row(), 0, heading, cells.styles.section);
    }

    /** Column widths in characters, from column 0. */
    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /** A styled header row starting at {@code firstCol}; returns its index. */
    int header(int firstCol, List<String> names) {
        Row row = row();
        row.setHeightInPoints(HEADER_HEIGHT);
        for (int i = 0; i < names.size(); i++) {
            cells.text(row, firstCol + i, names.get(i), cells.styles.header);
        }
        return row.getRowNum();
    }

    /** Freezes the rows down to {@code rowIndex} included, so that the header stays in view when scrolling. */
    void freezeThrough(int rowIndex) {
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** One italic row saying there is nothing to show. */
    void nothing(String what) {
        cells.text(row(), 0, what, cells.styles.subtitle);
    }
}
