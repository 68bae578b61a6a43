package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-facing text is written in Java: a string literal holding Chinese belongs in the message
 * bundles (docs/messages.md). The few files allowed to keep Chinese literals are listed below, each
 * with the reason; a new literal anywhere else fails this test with its file and line.
 */
class HardCodedTextTest {

    private static final Pattern CHINESE = Pattern.compile("[\\x{4e00}-\\x{9fff}]");

    /** File (relative to src/main/java/org/parceldesk) → why its Chinese literals are not bundle texts. */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("demo/DemoData.java", "sample master data (courier and station names) loaded into the demo database"),
            Map.entry("demo/DemoHistory.java", "sample case history (names, notes) loaded into the demo database"),
            Map.entry("violation/ViolationDemoData.java", "sample licence plates and a demo inspector's name"),
            Map.entry("security/StaffGroup.java", "group names written once into Camunda's identity tables, which Camunda's"
                    + " own pages show as stored (both languages in one name)"),
            Map.entry("tasklist/TasklistFilters.java", "Tasklist filter names and descriptions stored once in Camunda's"
                    + " filter table and found again by name at start; Tasklist shows them as stored"),
            Map.entry("sla/CalendarCsv.java", "the official calendar notation's tokens 班/休, read from imported files"),
            Map.entry("sla/CalendarIcs.java", "the official calendar notation's token 班, read from imported files"),
            Map.entry("sla/CalendarYearValidator.java", "default names stored with each imported calendar day"),
            Map.entry("mailintake/InboundMailReader.java", "a pattern that recognises the reply separators of Chinese"
                    + " mail clients (input, not output)")));

    @Test
    void noChineseStringLiteralOutsideTheBundles() throws IOException {
        Path root = Path.of("src", "main", "java", "org", "parceldesk");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.containsKey(relative)) {
                    continue;
                }
                List<String> literals = chineseLiterals(Files.readString(file, StandardCharsets.UTF_8));
                literals.forEach(literal -> found.add(relative + ": " + literal));
            }
        }
        assertThat(found).as("Chinese string literals in Java (move them to the bundles, docs/messages.md)").isEmpty();
    }

    @Test
    void everyAllowedFileStillNeedsIt() throws IOException {
        Path root = Path.of("src", "main", "java", "org", "parceldesk");
        for (String allowed : ALLOWED.keySet()) {
            Path file = root.resolve(allowed);
            assertThat(file).as("allowed file exists").exists();
            assertThat(chineseLiterals(Files.readString(file, StandardCharsets.UTF_8)))
                    .as(allowed + " is allowed Chinese literals but has none: remove it from the list").isNotEmpty();
        }
    }

    @Test
    void theScannerFindsLiteralsAndSkipsComments() {
        String source = """
                // 注释 is a comment
                /* 块注释 */ class A {
                    String a = "中文";
                    String b = "plain";
                    char c = '"'; String d = "转义\\"引号";
                    @Schema(description = "文档 (OpenAPI)", example = "张小明") String e;
                    String f = "之后";
                }
                """;
        assertThat(chineseLiterals(source)).containsExactly("line 3: \"中文\"", "line 5: \"转义\\\"引号\"", "line 7: \"之后\"");
    }

    /** The string literals (and text blocks) of a Java source that hold Chinese, comments skipped. */
    static List<String> chineseLiterals(String source) {
        List<String> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (ch == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source.substring(i, end), '\n');
                i = end;
            } else if (ch == '@' && annotationArgumentsAt(source, i) > 0) {
                // annotation attributes (OpenAPI @Schema/@Tag descriptions and examples) are developer
                // documentation and compile-time constants, not texts a user is shown
                int end = annotationArgumentsAt(source, i);
                line += count(source.substring(i, end), '\n');
                i = end;
            } else if (ch == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                String literal = source.substring(i, end);
                if (CHINESE.matcher(literal).find()) {
                    found.add("line " + line + ": text block");
                }
                line += count(literal, '\n');
                i = end;
            } else if (ch == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = source.substring(i, Math.min(end + 1, source.length()));
                if (CHINESE.matcher(literal).find()) {
                    found.add("line " + line + ": " + literal);
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** Where the argument list of the annotation at {@code at} ends (after its ")"), or 0 if it has none. */
    private static int annotationArgumentsAt(String source, int at) {
        int i = at + 1;
        while (i < source.length() && (Character.isJavaIdentifierPart(source.charAt(i)) || source.charAt(i) == '.')) {
            i++;
        }
        if (i == at + 1 || i >= source.length() || source.charAt(i) != '(') {
            return 0;
        }
        int depth = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (ch == '"') {
                i++;
                while (i < source.length() && source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return source.length();
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }
}
