package coop.faireavec.report.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * Native Excel charts (DrawingML through POI's XDDF, never images) drawn from cells of the same sheet, so that the
 * figures are also readable in the table beside the chart. Every chart has a title and an alternative text (the
 * drawing's {@code cNvPr descr}), read by screen readers in Excel and LibreOffice.
 */
final class Charts {

    /** Colour-blind-safe series colours (Okabe-Ito blue, orange, bluish green, vermilion). */
    private static final byte[][] PALETTE = {
        {0x00, 0x72, (byte) 0xB2},
        {(byte) 0xE6, (byte) 0x9F, 0x00},
        {0x00, (byte) 0x9E, 0x73},
        {(byte) 0xD5, 0x5E, 0x00}
    };

    /** One series: its name's cell and its values' cells (one row or one column). */
    record Series(CellReference name, CellRangeAddress values) {}

    /** Where the chart sits, in cells: top-left column and row, width and height. */
    record Place(int col, int row, int cols, int rows) {}

    private Charts() {}

    /** A clustered column chart: one group per category, one bar per series. */
    static XSSFChart bars(
            XSSFSheet sheet,
            Place place,
            String title,
            String description,
            CellRangeAddress categories,
            List<Series> series) {
        XSSFChart chart = chart(sheet, place, title, description);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        for (int i = 0; i < series.size(); i++) {
            XDDFChartData.Series s = data.addSeries(cats, numbers(sheet, series.get(i)));
            s.setTitle(
                    text(sheet, series.get(i).name()),
                    absolute(sheet, series.get(i).name()));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill(i));
            s.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    /** A line chart with markers (values over time); categories are the cells' texts. */
    static XSSFChart lines(
            XSSFSheet sheet,
            Place place,
            String title,
            String description,
            XDDFDataSource<String> categories,
            List<Series> series) {
        XSSFChart chart = chart(sheet, place, title, description);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        for (int i = 0; i < series.size(); i++) {
            XDDFLineChartData.Series s =
                    (XDDFLineChartData.Series) data.addSeries(categories, numbers(sheet, series.get(i)));
            s.setTitle(
                    text(sheet, series.get(i).name()),
                    absolute(sheet, series.get(i).name()));
            s.setMarkerStyle(MarkerStyle.CIRCLE);
            s.setSmooth(false);
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(fill(i));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            s.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, Place place, String title, String description) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(
                0, 0, 0, 0, place.col(), place.row(), place.col() + place.cols(), place.row() + place.rows());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        CTNonVisualDrawingProps props = chart.getGraphicFrame()
                .getCTGraphicalObjectFrame()
                .getNvGraphicFramePr()
                .getCNvPr();
        props.setTitle(title);
        props.setDescr(description);
        return chart;
    }

    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, Series series) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, series.values());
    }

    /** The series name's cell with its sheet, so that Excel and LibreOffice find it ('Sheet'!$A$1). */
    private static CellReference absolute(XSSFSheet sheet, CellReference ref) {
        return new CellReference(sheet.getSheetName(), ref.getRow(), ref.getCol(), true, true);
    }

    private static String text(XSSFSheet sheet, CellReference ref) {
        return sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue();
    }

    private static XDDFSolidFillProperties fill(int index) {
        byte[] rgb = PALETTE[index % PALETTE.length];
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }
}
