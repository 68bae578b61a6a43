package org.parceldesk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.Messages;

/** Reads a UTF-8 CSV file with a header line into {@link CsvLine}s, checking the header first. */
final class CsvFile {

    private CsvFile() {
    }

    static List<CsvLine> read(InputStream input, Set<String> requiredColumns, int maxRows, List<FieldProblem> problems) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(input, decoder);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(false).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(CsvFile::stripBom).toList();
            List<FieldProblem> missing = requiredColumns.stream().filter(column -> !header.contains(column))
                    .map(column -> new FieldProblem(column, Messages.forReader("imports.file.column-missing"), 1)).toList();
            if (!missing.isEmpty()) {
                throw ApiProblem.invalid(missing);
            }
            List<CsvLine> lines = new ArrayList<>();
            var records = parser.iterator();
            while (true) {
                // the lexer has consumed every line before this record: the record starts on the next one
                long lineNumber = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (lines.size() >= maxRows) {
                    throw ApiProblem.invalid("file", Messages.forReader("imports.file.too-many-rows", maxRows));
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                CsvLine line = new CsvLine(lineNumber, values, problems);
                if (record.size() != header.size()) {
                    line.problem("line", Messages.forReader("imports.line.value-count", record.size(), header.size()));
                }
                lines.add(line);
            }
            if (lines.isEmpty()) {
                throw ApiProblem.invalid("file", Messages.forReader("imports.file.no-rows"));
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw ApiProblem.invalid("file", Messages.forReader("imports.file.not-utf8"));
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw ApiProblem.invalid("file", Messages.forReader("imports.file.unreadable", e.getMessage()));
        }
    }

    private static String stripBom(String column) {
        return column.startsWith("\uFEFF") ? column.substring(1) : column;
    }
}
