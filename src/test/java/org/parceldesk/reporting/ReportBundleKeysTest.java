package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reports' texts ({@code report.*}): every key the reporting code names is in both bundles, and
 * every {@code report.*} key of the bundles is used, by name or under a prefix the code completes with a
 * code ({@code "report.party." + code}). Keys completed at run time are rendered in both languages by
 * {@link ReportLanguageTest} and the report tests.
 */
class ReportBundleKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(report\\.[A-Za-z0-9_.-]*)\"");
    private static final Path CODE = Path.of("src", "main", "java", "org", "parceldesk", "reporting");

    @Test
    void everyReportKeyIsInBothBundlesAndEveryBundledReportKeyIsUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.list(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    (matcher.group(1).endsWith(".") ? prefixes : keys).add(matcher.group(1));
                }
            }
        }
        assertThat(keys).as("the scan finds the code's keys").contains("report.complaints-weekly.title",
                "report.file.summary", "report.column.station-code");
        assertThat(prefixes).as("the scan finds the prefixes").contains("report.party.", "report.source.");

        Set<String> zh = reportKeys("messages_zh_CN.properties");
        Set<String> en = reportKeys("messages_en.properties");
        assertThat(en).as("the same report keys in both bundles").isEqualTo(zh);
        // a figure that the data has no source for reads its reason from <label key>.absent
        Set<String> named = new TreeSet<>(keys);
        keys.stream().filter(key -> zh.contains(key + ".absent")).forEach(key -> named.add(key + ".absent"));
        assertThat(named).as("keys named in the code but missing in the bundles").isSubsetOf(zh);
        Set<String> unused = new TreeSet<>(zh);
        unused.removeAll(named);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertThat(unused).as("report keys no code uses").isEmpty();
    }

    private static Set<String> reportKeys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportBundleKeysTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("report.")).forEach(keys::add);
        return keys;
    }
}
