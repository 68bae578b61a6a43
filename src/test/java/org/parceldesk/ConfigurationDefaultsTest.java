package org.parceldesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonDifferenceCalculator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Defaults live once: in the typed {@code @ConfigurationProperties} records (Java). {@code application.yaml}
 * only overrides. For every {@code parceldesk.*} key of {@code application.yaml}, the records are bound
 * with and without that key: a key whose removal changes nothing repeats the Java default and fails.
 * A key whose value is an environment-variable placeholder ({@code ${PARCELDESK_...:fallback}}) stays in
 * the file, because it names the variable operators set; its fallback must then equal the Java default
 * (the complaint and claim link secrets once disagreed). docs/configuration.md.
 */
class ConfigurationDefaultsTest {

    private static final String PREFIX = "parceldesk.";
    private static final Pattern VALUE_WITH_DEFAULT = Pattern.compile("\\$\\{(parceldesk\\.[a-z0-9.-]+):([^}]*)}");

    private static Map<String, Object> yaml;
    private static final Map<Class<?>, String> propertyClasses = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application.yaml", new ClassPathResource("application.yaml"));
        EnumerablePropertySource<?> file = (EnumerablePropertySource<?>) sources.get(0);
        yaml = new LinkedHashMap<>();
        for (String name : file.getPropertyNames()) {
            yaml.put(name, file.getProperty(name));
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.parceldesk")) {
            Class<?> type = load(candidate.getBeanClassName());
            ConfigurationProperties annotation = AnnotationUtils.findAnnotation(type, ConfigurationProperties.class);
            propertyClasses.put(type, annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix());
        }
    }

    @Test
    void theScanFindsThePropertyClassesAndTheKeys() {
        assertThat(propertyClasses.values()).as("prefixes of the @ConfigurationProperties records")
                .contains("parceldesk.complaint", "parceldesk.claim", "parceldesk.notification", "parceldesk.sla");
        assertThat(yaml).containsKey("parceldesk.sla.definitions.complaint-resolution.duration");
    }

    @Test
    void applicationYamlRepeatsNoJavaDefault() {
        List<String> repeated = new ArrayList<>();
        for (String key : leafKeys()) {
            if (!isPlaceholder(yaml.get(key)) && Boolean.FALSE.equals(bindingsChangeWithout(key))) {
                repeated.add(key + ": " + yaml.get(key));
            }
        }
        assertThat(repeated).as("keys in application.yaml equal to the Java default: remove them from the file "
                + "(or, if the file is the one source, remove the Java default)").isEmpty();
    }

    @Test
    void placeholderFallbacksEqualTheJavaDefaults() {
        List<String> disagreeing = new ArrayList<>();
        for (String key : leafKeys()) {
            // ${VAR:} (empty fallback) means unset, as a Java default of null does
            if (isPlaceholder(yaml.get(key)) && !yaml.get(key).toString().endsWith(":}")
                    && Boolean.TRUE.equals(bindingsChangeWithout(key))) {
                disagreeing.add(key + ": " + yaml.get(key));
            }
        }
        assertThat(disagreeing).as("an environment placeholder's fallback differs from the Java default").isEmpty();
    }

    /** {@code @Value("${parceldesk.key:default}")}: the default is in the code, the file must not repeat it. */
    @Test
    void applicationYamlRepeatsNoValueAnnotationDefault() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = VALUE_WITH_DEFAULT.matcher(Files.readString(file));
                while (matcher.find()) {
                    Object inFile = yaml.get(matcher.group(1));
                    if (inFile != null && inFile.toString().equals(matcher.group(2))) {
                        repeated.add(matcher.group(1) + ": " + inFile + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(repeated).as("keys in application.yaml equal to an @Value default").isEmpty();
    }

    @Test
    void theComparisonSeesAChangedValue() {
        Map<String, Object> changed = new LinkedHashMap<>(yaml);
        changed.put("parceldesk.complaint.name-max-length", "49");
        Class<?> complaint = propertyClasses.entrySet().stream()
                .filter(entry -> entry.getValue().equals("parceldesk.complaint")).findFirst().orElseThrow().getKey();
        assertThat(differs(bind(complaint, yaml), bind(complaint, changed))).isTrue();
        assertThat(differs(bind(complaint, yaml), bind(complaint, new LinkedHashMap<>(yaml)))).isFalse();
    }

    /** The file's keys under parceldesk.*, list elements ({@code key[0]}) folded into their list's key. */
    private static Set<String> leafKeys() {
        Set<String> keys = new TreeSet<>();
        for (String key : yaml.keySet()) {
            if (key.startsWith(PREFIX)) {
                keys.add(key.replaceAll("\\[\\d+]$", ""));
            }
        }
        return keys;
    }

    /**
     * Whether removing {@code key} (with its list elements) changes any record that binds it; null when no
     * record binds it (read by {@code @Value} or {@code @ConditionalOnProperty}: not judged here).
     */
    private static Boolean bindingsChangeWithout(String key) {
        Map<String, Object> without = new LinkedHashMap<>(yaml);
        without.keySet().removeIf(name -> name.equals(key) || name.startsWith(key + "[") || name.startsWith(key + "."));
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
        Boolean changed = null;
        for (Class<?> type : propertyClasses.keySet()) {
            Set<ConfigurationPropertyName> bound = new HashSet<>();
            Object with = bind(type, yaml, bound);
            if (bound.stream().anyMatch(each -> each.equals(name) || name.isAncestorOf(each))) {
                changed = Boolean.TRUE.equals(changed) || changedWithout(type, with, without);
            }
        }
        return changed;
    }

    /** A record that cannot be bound without the key (no default, or a rule it breaks) needs the key. */
    private static boolean changedWithout(Class<?> type, Object with, Map<String, Object> without) {
        try {
            return differs(with, bind(type, without, new HashSet<>()));
        } catch (RuntimeException needsTheKey) {
            return true;
        }
    }

    private static Object bind(Class<?> type, Map<String, Object> properties) {
        return bind(type, properties, new HashSet<>());
    }

    /** Binds {@code type} from {@code properties} alone, collecting the names it bound. */
    private static Object bind(Class<?> type, Map<String, Object> properties, Set<ConfigurationPropertyName> bound) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("application.yaml", properties));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));
        BindHandler recording = new BindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
                if (context.getConfigurationProperty() != null) {
                    bound.add(context.getConfigurationProperty().getName());
                }
                return result;
            }
        };
        String prefix = propertyClasses.get(type);
        return binder.bindOrCreate(prefix, Bindable.of(type), recording);
    }

    private static boolean differs(Object left, Object right) {
        RecursiveComparisonConfiguration configuration = new RecursiveComparisonConfiguration();
        configuration.registerComparatorForType(BigDecimal::compareTo, BigDecimal.class); // 1.00 is 1.0
        return !new RecursiveComparisonDifferenceCalculator().determineDifferences(left, right, configuration).isEmpty();
    }

    private static boolean isPlaceholder(Object value) {
        return value != null && value.toString().contains("${");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
