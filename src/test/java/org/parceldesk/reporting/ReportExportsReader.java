package org.parceldesk.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a CSV or XLSX report back into the same shape: summary key → value text, and per section
 * title the rows of cell texts. Numbers are compared by value, so "0.5000", 0.5 and "0.5" match.
 */
record ReportExportsReader(Map<String, String> summary, Map<String, List<List<String>>> sections) {

    static ReportExportsReader csv(byte[] bytes) {
        if (bytes.length < 3 || bytes[0] != (byte) 0xEF || bytes[1] != (byte) 0xBB || bytes[2] != (byte) 0xBF) {
            throw new AssertionError("CSV does not start with a UTF-8 byte-order mark");
        }
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, String> summary = new LinkedHashMap<>();
            Map<String, List<List<String>>> sections = new LinkedHashMap<>();
            int i = 0;
            while (i < records.size() && !records.get(i).get(0).equals("汇总")) {
                i++;
            }
            i += 2; // title, header
            while (i < records.size() && !blank(records.get(i))) {
                summary.put(records.get(i).get(0), records.get(i).get(2));
                i++;
            }
            while (i < records.size()) {
                if (blank(records.get(i))) {
                    i++;
                    continue;
                }
                String title = records.get(i).get(0);
                i += 2;
                List<List<String>> rows = new ArrayList<>();
                while (i < records.size() && !blank(records.get(i))) {
                    rows.add(records.get(i).toList());
                    i++;
                }
                sections.put(title, rows);
            }
            return new ReportExportsReader(summary, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportExportsReader xlsx(byte[] bytes, List<String> sectionTitles) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, String> summary = new LinkedHashMap<>();
            Sheet first = workbook.getSheet("汇总");
            boolean inFigures = false;
            for (Row row : first) {
                String key = text(row.getCell(0));
                if (inFigures && !key.isEmpty()) {
                    summary.put(key, text(row.getCell(2)));
                }
                if (key.equals("指标")) {
                    inFigures = true;
                }
            }
            Map<String, List<List<String>>> sections = new LinkedHashMap<>();
            for (String title : sectionTitles) {
                Sheet sheet = workbook.getSheet(WorkbookUtil.createSafeSheetName(title));
                if (sheet == null) {
                    throw new AssertionError("no sheet for section " + title);
                }
                int columns = sheet.getRow(0).getLastCellNum();
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sections.put(title, rows);
            }
            return new ReportExportsReader(summary, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 0 || (record.size() == 1 && record.get(0).isEmpty());
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }
}
