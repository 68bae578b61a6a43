package org.parceldesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ParcelDesk's Chinese locale files for Camunda's webapps against the English files of the Camunda
 * webjar on the classpath: every English key is translated, placeholders and HTML survive, and the
 * app offers Chinese. After a Camunda upgrade this test names the keys to translate (docs/tasklist.md).
 */
class CamundaWebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    /** Real markup only: "<null>" or "<Operation>" in the English texts are words, not tags. */
    private static final Pattern TAG = Pattern.compile(
            "</?(a|b|br|code|div|em|i|kbd|li|p|pre|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    /** Texts that stay as they are in Chinese: names, formats, file types. */
    private static final Set<String> SAME_IN_CHINESE = Set.of("APP_VENDOR", "PLGN_REP_CSV", "PLGN_REP_JSON",
            "PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAChineseTextWithTheSamePlaceholdersAndMarkup(String app) throws IOException {
        JsonNode english = englishOf(app);
        JsonNode chinese = read(resource(APPS + app + "/locales/zh.json"));
        Map<String, String> en = labels(english);
        Map<String, String> zh = labels(chinese);
        assertThat(en).as("English labels of %s in the Camunda webjar", app).hasSizeGreaterThan(100);

        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(zh.keySet());
        assertThat(missing).as("keys of the English %s file missing in our zh.json: translate them", app).isEmpty();
        Set<String> stale = new TreeSet<>(zh.keySet());
        stale.removeAll(en.keySet());
        assertThat(stale).as("keys of our %s zh.json that Camunda no longer has: remove them", app).isEmpty();

        List<String> untranslated = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> markup = new ArrayList<>();
        en.forEach((key, text) -> {
            String translated = zh.get(key);
            if (!all(PLACEHOLDER, text).equals(all(PLACEHOLDER, translated))) {
                placeholders.add(key + ": " + all(PLACEHOLDER, text) + " ≠ " + all(PLACEHOLDER, translated));
            }
            if (!all(TAG, text).equals(all(TAG, translated))) {
                markup.add(key + ": " + all(TAG, text) + " ≠ " + all(TAG, translated));
            }
            String words = TAG.matcher(PLACEHOLDER.matcher(text).replaceAll("")).replaceAll("");
            if (ENGLISH_WORD.matcher(words).find() && !CHINESE.matcher(translated).find()
                    && !SAME_IN_CHINESE.contains(key)) {
                untranslated.add(key + " = " + translated);
            }
        });
        assertThat(placeholders).as("%s: placeholders must match the English text", app).isEmpty();
        assertThat(markup).as("%s: HTML must match the English text", app).isEmpty();
        assertThat(untranslated).as("%s: texts still in English", app).isEmpty();

        if (english.has("dateLocales")) {
            assertThat(fieldNames(chinese.path("dateLocales"))).as("%s: date locale parts", app)
                    .isEqualTo(fieldNames(english.get("dateLocales")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theAppOffersChineseFirstAndFallsBackToEnglish(String app) throws IOException {
        String config;
        try (InputStream in = resource(APPS + app + "/scripts/config.js").openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Camunda takes the browser's first language, cuts it at '-' and looks it up here: zh-CN → zh
        assertThat(config).containsPattern("(?m)^\\s*availableLocales:\\s*\\['zh',\\s*'en']")
                .containsPattern("(?m)^\\s*fallbackLocale:\\s*'en'");
    }

    /** The English file of the Camunda webjar (ParcelDesk ships no en.json of its own). */
    private static JsonNode englishOf(String app) throws IOException {
        List<URL> found = Collections.list(CamundaWebappLocalesTest.class.getClassLoader()
                .getResources(APPS + app + "/locales/en.json"));
        assertThat(found).as("en.json of %s", app).hasSize(1);
        assertThat(found.get(0).toString()).contains("camunda-webapp-webjar");
        return read(found.get(0));
    }

    private static URL resource(String path) {
        URL url = CamundaWebappLocalesTest.class.getClassLoader().getResource(path);
        assertThat(url).as(path).isNotNull();
        return url;
    }

    private static JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            // Camunda's own files start with a byte-order mark
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static Map<String, String> labels(JsonNode locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        locale.path("labels").fields().forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
        return labels;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", ""));
        }
        Collections.sort(found);
        return found;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
