package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Both bundles hold the same keys, every key the code asks {@link Messages} for exists in both, and
 * every text is a valid message pattern; Chinese is the default and English is chosen by locale.
 */
class MessageBundlesTest {

    /**
     * {@code messages.get("key"…}, {@code messages.getOrDefault("key"…}, {@code messages.get(locale, "key"…},
     * {@code Messages.forReader("key"…}: whole
     * literal keys; keys built at run time (problem titles by status) are covered by the bundles' equality.
     */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:messages\\.(?:get|getOrDefault)\\((?:[a-zA-Z.]+,\\s*)?|Messages\\.forReader\\()\"([a-z0-9.-]+)\"\\s*[,)]");

    /**
     * The keys of {@link StepRefused} refusals and of the task-input reader: every literal
     * {@code "input.…"} and {@code "<module>.refused.…"} in the code (they are passed to
     * {@code StepRefused.badInput / notAllowed / Fault}, which render them from the bundles).
     */
    private static final Pattern REFUSAL_KEY_IN_CODE = Pattern.compile("\"((?:input|[a-z]+\\.refused)\\.[a-z0-9.-]+)\"");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(zh.stringPropertyNames()).as("keys missing in messages_en.properties")
                .isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys missing in messages_zh_CN.properties")
                .isSubsetOf(zh.stringPropertyNames());
        for (Properties bundle : new Properties[] {zh, en}) {
            bundle.forEach((key, text) -> {
                assertThat((String) text).as(key.toString()).isNotBlank();
                new MessageFormat((String) text); // throws on a broken pattern
            });
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() throws IOException {
        Set<String> used = keysUsedIn(Path.of("src", "main", "java"));
        assertThat(used).as("the scan finds the code's keys").contains("portal.link.invalid", "problem.forbidden",
                "input.required", "violation.refused.wrong-state", "complaint.refused.courier-unknown");
        assertThat(used).as("keys missing in messages_zh_CN.properties")
                .isSubsetOf(bundle("messages_zh_CN.properties").stringPropertyNames());
        assertThat(used).as("keys missing in messages_en.properties")
                .isSubsetOf(bundle("messages_en.properties").stringPropertyNames());
    }

    @Test
    void chineseByDefaultEnglishWhenAsked() {
        ResourceBundleMessageSource source = (ResourceBundleMessageSource) new MessageConfiguration().messageSource();
        assertThat(source.getMessage("portal.link.invalid", null, Messages.DEFAULT)).isEqualTo("此链接无效或已过期");
        assertThat(source.getMessage("portal.link.invalid", null, Locale.forLanguageTag("en-US")))
                .isEqualTo("This link is invalid or has expired");
        assertThat(source.getMessage("portal.link.invalid", null, Locale.FRENCH)).as("no French bundle: Chinese")
                .isEqualTo("此链接无效或已过期");
    }

    /** Every constant of every enum whose label comes from {@link EnumLabels} has a label in both bundles. */
    @Test
    void everyLabelledCodeHasALabelInBothBundles() throws Exception {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        List<String> missing = new ArrayList<>();
        List<Class<?>> labelled = labelledEnums(Path.of("src", "main", "java"));
        assertThat(labelled).as("the scan finds the labelled enums").hasSizeGreaterThanOrEqualTo(10);
        for (Class<?> type : labelled) {
            for (Object constant : type.getEnumConstants()) {
                String key = EnumLabels.key((Enum<?>) constant);
                if (!zh.containsKey(key) || !en.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("enum labels missing in a bundle").isEmpty();
        assertThat(EnumLabels.chinese(org.parceldesk.complaint.ComplaintStatus.RECEIVED)).isEqualTo("已受理");
        ResourceBundleMessageSource source = (ResourceBundleMessageSource) new MessageConfiguration().messageSource();
        assertThat(source.getMessage(EnumLabels.key(org.parceldesk.violation.Severity.SEVERE), null, Locale.ENGLISH))
                .isEqualTo("Severe");
    }

    private static List<Class<?>> labelledEnums(Path root) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("EnumLabels.chinese(this)")) {
                    String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                            .replaceAll("\\.java$", "");
                    types.add(Class.forName(name));
                }
            }
        }
        return types;
    }

    private static Set<String> keysUsedIn(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern pattern : new Pattern[] {KEY_IN_CODE, REFUSAL_KEY_IN_CODE}) {
                    Matcher matcher = pattern.matcher(code);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
