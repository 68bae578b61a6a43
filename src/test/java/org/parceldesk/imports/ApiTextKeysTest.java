package org.parceldesk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API texts of imports, master data, the designer's migrations, the business calendar and the
 * reports' parameter problems, many of them keys passed around before they are read: every such key
 * written in the code is in both bundles, and every bundled key of these prefixes is used (docs/messages.md,
 * "API texts").
 */
class ApiTextKeysTest {

    private static final Pattern KEY = Pattern.compile(
            "\"((?:imports|masterdata|designer|sla\\.calendar|sla\\.csv|report\\.problem)\\.[a-z0-9.-]+)\"");
    private static final Path CODE = Path.of("src", "main", "java", "org", "parceldesk");
    private static final List<String> PACKAGES = List.of("reporting", "imports", "masterdata", "designer", "sla");

    @Test
    void everyKeyTheCodeNamesIsInBothBundlesAndEveryBundledKeyIsUsed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String module : PACKAGES) {
            try (Stream<Path> files = Files.walk(CODE.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        named.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(named).as("the scan finds the code's keys").contains("imports.refused", "masterdata.reason-required",
                "designer.migration.no-definition", "sla.calendar.not-saved", "sla.csv.type", "report.problem.iso-week");

        Set<String> zh = keys("messages_zh_CN.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(en).as("the same keys in both bundles").isEqualTo(zh);
        assertThat(named).as("keys named in the code but missing in the bundles").isSubsetOf(zh);
        Set<String> unused = new TreeSet<>(zh);
        unused.removeAll(named);
        assertThat(unused).as("bundled keys no code uses").isEmpty();
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiTextKeysTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> KEY.matcher("\"" + key + "\"").matches())
                .forEach(keys::add);
        return keys;
    }
}
