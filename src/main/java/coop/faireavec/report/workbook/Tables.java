package coop.faireavec.report.workbook;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Marks a block of cells as a real Excel table ({@code XSSFTable}): header row recognised as such by Excel and screen
 * readers, filter buttons, banded rows. The header names are set here too, so that a table over a streamed sheet
 * (whose cells the XSSF part does not hold) still carries the header texts Excel expects.
 */
final class Tables {

    private Tables() {}

    /**
     * @param name the table's name, unique in the workbook, ASCII letters, digits and underscores
     * @param headerRow the header row's index
     * @param lastRow the last data row's index; must be below {@code headerRow} (Excel wants one data row at least)
     * @param firstCol the first column's index
     * @param headers the header texts, as written in the header row
     */
    static XSSFTable add(XSSFSheet sheet, String name, int headerRow, int lastRow, int firstCol, List<String> headers) {
        if (lastRow <= headerRow) {
            throw new IllegalArgumentException("a table needs one data row at least: " + name);
        }
        AreaReference area = new AreaReference(
                new CellReference(headerRow, firstCol),
                new CellReference(lastRow, firstCol + headers.size() - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        for (int i = 0; i < headers.size(); i++) {
            ct.getTableColumns().getTableColumnArray(i).setName(headers.get(i));
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        return table;
    }
}
