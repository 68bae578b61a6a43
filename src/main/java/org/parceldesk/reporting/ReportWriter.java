package org.parceldesk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Report} as JSON (a map for Jackson), CSV or XLSX. All three carry the same
 * figures and rows in the same order; titles, labels and headers are in the report's language.
 */
@Component
class ReportWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageSource messages;

    ReportWriter(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, Object> json(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", report.kind().id());
        json.put("title", report.kind().title(texts(report)));
        json.put("period", Map.of("label", report.period().label(), "firstDay", report.period().firstDay().toString(),
                "lastDay", report.period().lastDay().toString(), "zone", report.period().zone().getId()));
        json.put("stations", report.stations());
        json.put("generatedAt", report.generatedAt().toString());
        json.put("masked", report.masked());
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Map<String, String>> absent = new ArrayList<>();
        for (Figure figure : report.summary()) {
            summary.put(figure.key(), orNull(figure.value()));
            if (figure.isAbsent()) {
                absent.add(Map.of("figure", figure.key(), "label", figure.label(), "reason", figure.absentReason()));
            }
        }
        json.put("summary", summary);
        json.put("absent", absent);
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Section section : report.sections()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> values : section.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    row.put(section.columns().get(i).key(), orNull(values.get(i)));
                }
                rows.add(row);
            }
            sections.put(section.key(), Map.of("title", section.title(), "rows", rows));
        }
        json.put("sections", sections);
        return json;
    }

    /** Absent values stay in the JSON as null (the application's Jackson leaves out plain nulls). */
    private static Object orNull(Object value) {
        return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
    }

    byte[] csv(Report report) {
        ReportTexts texts = texts(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bytes.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                for (List<String> line : heading(report, texts)) {
                    csv.printRecord(line);
                }
                csv.println();
                csv.printRecord(texts.get("report.file.summary"));
                csv.printRecord(summaryHeaders(texts));
                for (Figure figure : report.summary()) {
                    csv.printRecord(figure.key(), figure.label(), cellText(figure.value()),
                            figure.isAbsent() ? absentNote(figure, texts) : "");
                }
                for (Section section : report.sections()) {
                    csv.println();
                    csv.printRecord(section.title());
                    csv.printRecord(section.columns().stream().map(Section.Column::header).toList());
                    for (List<Object> row : section.rows()) {
                        csv.printRecord(row.stream().map(ReportWriter::cellText).toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(Report report) {
        ReportTexts texts = texts(report);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            Sheet summary = workbook.createSheet(sheetName(texts.get("report.file.summary"), sheetNames));
            int r = 0;
            for (List<String> line : heading(report, texts)) {
                Row row = summary.createRow(r++);
                for (int i = 0; i < line.size(); i++) {
                    row.createCell(i).setCellValue(line.get(i));
                }
            }
            r++;
            header(summary.createRow(r++), summaryHeaders(texts), styles);
            for (Figure figure : report.summary()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(figure.key());
                row.createCell(1).setCellValue(figure.label());
                value(row.createCell(2), figure.value(), figure.key(), styles);
                if (figure.isAbsent()) {
                    row.createCell(3).setCellValue(absentNote(figure, texts));
                }
            }
            widths(summary, 4);
            for (Section section : report.sections()) {
                Sheet sheet = workbook.createSheet(sheetName(section.title(), sheetNames));
                header(sheet.createRow(0), section.columns().stream().map(Section.Column::header).toList(), styles);
                int n = 1;
                for (List<Object> values : section.rows()) {
                    Row row = sheet.createRow(n++);
                    for (int i = 0; i < values.size(); i++) {
                        value(row.createCell(i), values.get(i), section.columns().get(i).key(), styles);
                    }
                }
                sheet.createFreezePane(0, 1);
                widths(sheet, section.columns().size());
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fileName(Report report, ReportFormat format) {
        String stations = report.stations().isEmpty() ? "" : "-" + String.join("_", report.stations());
        return report.kind().id() + "-" + report.period().label().replace("..", "_") + stations + "." + format.extension();
    }

    private ReportTexts texts(Report report) {
        return new ReportTexts(messages, report.locale());
    }

    private static List<List<String>> heading(Report report, ReportTexts texts) {
        return List.of(
                List.of(texts.get("report.file.report"), report.kind().title(texts)),
                List.of(texts.get("report.file.period"), report.period().label(), report.period().firstDay().toString(),
                        report.period().lastDay().toString()),
                List.of(texts.get("report.file.stations"),
                        report.stations().isEmpty() ? texts.get("report.all-stations") : String.join(",", report.stations())),
                List.of(texts.get("report.file.generated-at"), LOCAL.format(report.generatedAt().atZone(report.period().zone()))
                        + " " + report.period().zone().getId()),
                List.of(texts.get("report.file.personal-data"),
                        texts.get(report.masked() ? "report.file.masked" : "report.file.not-masked")));
    }

    private static List<String> summaryHeaders(ReportTexts texts) {
        return List.of(texts.get("report.file.figure-key"), texts.get("report.file.figure"), texts.get("report.file.value"),
                texts.get("report.file.note"));
    }

    private static String absentNote(Figure figure, ReportTexts texts) {
        return texts.get("report.file.absent", figure.absentReason());
    }

    static String cellText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static void header(Row row, List<String> headers, Styles styles) {
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
        }
    }

    private static void value(Cell cell, Object value, String key, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            if (isRate(key)) {
                cell.setCellStyle(styles.percent);
            } else if (value instanceof BigDecimal decimal && decimal.scale() == 2) {
                cell.setCellStyle(styles.money);
            } else if (value instanceof BigDecimal) {
                cell.setCellStyle(styles.decimal);
            }
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static boolean isRate(String key) {
        return key.endsWith("Rate") || key.endsWith("Compliance") || key.equals("share");
    }

    /** Fixed widths: autoSizeColumn needs the fonts installed and is slow. */
    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 28)) + i);
        }
        used.add(name);
        return name;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle decimal;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0#"));
        }
    }
}
