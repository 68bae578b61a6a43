package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parceldesk.common.TestBundles;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The SLA mail templates render with the model {@link SlaEscalations} gives them: the subject
 * ({@code <title>}) and the body show the case number, the SLA and the due time.
 */
class SlaMailTemplatesTest {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private static final Map<String, Object> MODEL = Map.of(
            "caseNo", "TS20261126000123",
            "slaName", "complaint-resolution",
            "slaLabel", "投诉处理时限 Complaint resolution",
            "level", "BREACH",
            "mode", "CALENDAR",
            "startedAt", "2026-11-26 09:00",
            "warningAt", "2026-12-01 15:00",
            "dueAt", "2026-12-03 09:00",
            "zone", "Asia/Shanghai");

    // SpEL, as in the application (Spring Boot's Thymeleaf starter)
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    SlaMailTemplatesTest() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(TestBundles.messageSource()); // subjects: mail.subject.*
    }

    private String render(String template) {
        // as MailRenderer does: the language of the file chosen
        Locale language = template.endsWith("_en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return engine.process(template, new Context(language, MODEL));
    }

    private static String subject(String html) {
        Matcher matcher = TITLE.matcher(html);
        assertThat(matcher.find()).as("a <title>").isTrue();
        return matcher.group(1).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sla-warning", "sla-warning_en", "sla-breach", "sla-breach_en"})
    void subjectAndBodyShowTheCaseTheSlaAndTheDueTime(String template) {
        String html = render(template);

        assertThat(subject(html)).contains("TS20261126000123").contains("投诉处理时限 Complaint resolution");
        assertThat(html).contains("complaint-resolution").contains("2026-12-03 09:00").contains("2026-11-26 09:00")
                .doesNotContain("${");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sla-warning", "sla-breach"})
    void theChineseTemplateIsChineseAndTheFallbackEnglish(String template) {
        assertThat(subject(render(template))).contains("案件");
        assertThat(render(template)).contains("北京时间");
        assertThat(subject(render(template + "_en"))).contains("Case").doesNotContain("案件");
        assertThat(render(template + "_en")).contains("Beijing time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sla-warning", "sla-breach"})
    void warningAndBreachSaySoInTheSubject(String template) {
        String expected = template.equals("sla-warning") ? "预警" : "超时";
        String expectedEnglish = template.equals("sla-warning") ? "warning" : "breached";

        assertThat(subject(render(template))).contains(expected);
        assertThat(subject(render(template + "_en"))).contains(expectedEnglish);
    }
}
