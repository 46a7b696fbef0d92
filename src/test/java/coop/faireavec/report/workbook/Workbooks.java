package coop.faireavec.report.workbook;

import coop.faireavec.report.PhaseReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes fixture reports with {@link PoiReportWriter} and reads the bytes back: with POI, or as the zip's XML. */
final class Workbooks {

    private Workbooks() {}

    static byte[] bytes(List<PhaseReport> phases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PoiReportWriter().write(phases, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one part of the .xlsx package ("xl/styles.xml"...). */
    static String part(byte[] bytes, String name) {
        try (InputStream in = partStream(bytes, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams one part of the package (for big sheets). Commons Compress, because the streamed parts carry their
     * sizes after their data, which {@code java.util.zip.ZipInputStream} refuses.
     */
    static InputStream partStream(byte[] bytes, String name) throws IOException {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true);
        for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals(name)) {
                return zip;
            }
        }
        throw new AssertionError("no part " + name);
    }

    /** The first row whose cell in {@code col} is the string {@code text}. */
    static Row rowWith(Sheet sheet, int col, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(col);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with \"" + text + "\" in column " + col + " of " + sheet.getSheetName());
    }

    /** The texts of a row from {@code firstCol} to its last cell. */
    static List<String> texts(Row row, int firstCol) {
        List<String> texts = new java.util.ArrayList<>();
        for (int c = firstCol; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? null : cell.getStringCellValue());
        }
        return texts;
    }
}
