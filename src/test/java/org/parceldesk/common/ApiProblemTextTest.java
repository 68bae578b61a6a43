package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An API problem's words come from the bundles, in the reader's language (docs/messages.md): no English
 * sentence is written as a literal into an {@code ApiProblem}, {@code FieldProblem}, {@code StepRefused} or
 * {@code ResponseStatusException}. Field names ({@code "customerPhone"}) and bundle keys
 * ({@code "claim.not-found"}) are single words and pass; an {@code ApiProblem}'s title argument is only a
 * fallback (the answer shows {@code problem.title.<status>}), so it is not checked.
 */
class ApiProblemTextTest {

    private static final Pattern PROBLEM_CALL = Pattern.compile(
            "(new ApiProblem|new FieldProblem|new StepRefused|new ResponseStatusException|new ModelProblem"
                    + "|ApiProblem\\.(?:invalid|conflict|unprocessable))\\(");
    /** Two words of letters with a space between: a sentence, not a field name or a key. */
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}[ ,:;]+[a-z]{2,}");

    @Test
    void noEnglishSentenceIsWrittenIntoAProblem() throws IOException {
        Path root = Path.of("src", "main", "java", "org", "parceldesk");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                proseInProblems(Files.readString(file, StandardCharsets.UTF_8)).forEach(p -> found.add(relative + ": " + p));
            }
        }
        assertThat(found).as("English sentences written into API problems (move them to the bundles)").isEmpty();
    }

    @Test
    void theScannerFindsSentencesAndPassesKeysFieldNamesAndTitles() {
        String source = """
                class A {
                    void a() {
                        throw ApiProblem.invalid("waybillNo", "must not be blank");
                        throw ApiProblem.invalid("waybillNo", messages.get("complaint.waybill.unknown", x));
                        throw new ApiProblem(HttpStatus.CONFLICT, "Import refused", Messages.forReader("imports.refused"), List.of());
                        problems.add(new FieldProblem("phone", "bad, try again (" + n + ")"));
                        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                    }
                }
                """;
        assertThat(proseInProblems(source)).containsExactly("line 3: \"must not be blank\"", "line 6: \"bad, try again (\"");
    }

    static List<String> proseInProblems(String source) {
        List<String> found = new ArrayList<>();
        Matcher call = PROBLEM_CALL.matcher(source);
        while (call.find()) {
            List<String> arguments = arguments(source, call.end());
            for (int a = 0; a < arguments.size(); a++) {
                if (a == 1 && call.group(1).equals("new ApiProblem")) {
                    continue; // the title: a fallback for problem.title.<status>
                }
                Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(arguments.get(a));
                while (literal.find()) {
                    if (PROSE.matcher(literal.group(1)).find()) {
                        int line = 1 + (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count();
                        found.add("line " + line + ": " + literal.group());
                    }
                }
            }
        }
        return found;
    }

    /** The top-level arguments of the call whose "(" ends at {@code from}, split at depth-0 commas. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        int i = from;
        while (i < source.length() && depth > 0) {
            char ch = source.charAt(i);
            if (ch == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            }
            if (depth == 0 || (depth == 1 && ch == ',')) {
                arguments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
            i++;
        }
        return arguments;
    }
}
