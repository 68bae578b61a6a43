package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** Template choice, subject and the refusals, with templates written into a temporary folder. */
class MailRendererTest {

    @TempDir
    Path templates;

    MailRenderer renderer;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(templates.resolve("mail"));
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        renderer = new MailRenderer(engine, new DefaultResourceLoader(), "file:" + templates + "/", ".html");
    }

    private void template(String name, String title, String body) throws IOException {
        Files.writeString(templates.resolve("mail/" + name + ".html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <head><title th:text="%s">x</title></head>
                <body>%s</body>
                </html>
                """.formatted(title, body), StandardCharsets.UTF_8);
    }

    @Test
    void chineseRecipientsGetTheChineseTemplateAndEnglishOnesTheEnglishOne() throws Exception {
        template("ack", "|受理通知 ${caseNo}|", "<p>案件 <b th:text=\"${caseNo}\">x</b> 已受理，<span th:text=\"${name}\">x</span></p>");
        template("ack_en", "|Acknowledgement ${caseNo}|", "<p>Case <b th:text=\"${caseNo}\">x</b> registered</p>");

        RenderedMail chinese = renderer.render("ack", "TS20260101000001", "zh-CN", Map.of("name", "张三"));
        RenderedMail english = renderer.render("ack", "TS20260101000001", "en-GB", Map.of());

        assertThat(chinese.template()).isEqualTo("mail/ack");
        assertThat(chinese.subject()).isEqualTo("受理通知 TS20260101000001");
        assertThat(chinese.text()).isEqualTo("案件 TS20260101000001 已受理，张三\n");
        assertThat(english.template()).isEqualTo("mail/ack_en");
        assertThat(english.subject()).isEqualTo("Acknowledgement TS20260101000001");
    }

    @Test
    void fallsBackToTheOtherLanguageWhenOneFileIsMissing() throws Exception {
        template("only-en_en", "|Reply ${caseNo}|", "<p th:text=\"${caseNo}\">x</p>");
        template("only-zh", "|答复 ${caseNo}|", "<p th:text=\"${caseNo}\">x</p>");

        assertThat(renderer.render("only-en", "TS1", "zh-CN", Map.of()).template()).isEqualTo("mail/only-en_en");
        assertThat(renderer.render("only-zh", "TS1", "en", Map.of()).template()).isEqualTo("mail/only-zh");
    }

    @Test
    void theSubjectIsTheUnescapedTitleOnOneLine() throws Exception {
        template("escaped", "|${caseNo} &lt;重要&gt; &amp;   通知|", "<p>x</p>");

        assertThat(renderer.render("escaped", "TS2", "zh-CN", Map.of()).subject()).isEqualTo("TS2 <重要> & 通知");
    }

    @Test
    void refusesAMissingTemplateABrokenOneOneWithoutTitleAndOneWithoutTheCaseNumber() throws Exception {
        template("broken", "|${caseNo}|", "<p th:text=\"${order.customer.name}\">x</p>");
        template("untitled", "''", "<p th:text=\"${caseNo}\">x</p>");
        template("no-case", "'受理通知'", "<p>已受理</p>");

        assertThatThrownBy(() -> renderer.render("missing", "TS3", "zh-CN", Map.of()))
                .isInstanceOf(NotificationTemplateException.class)
                .hasMessage("Template not found: mail/missing.html nor mail/missing_en.html");
        assertThatThrownBy(() -> renderer.render("broken", "TS3", "zh-CN", Map.of()))
                .isInstanceOf(NotificationTemplateException.class)
                .hasMessageStartingWith("Template mail/broken failed: ")
                .hasMessageContaining("order.customer.name");
        assertThatThrownBy(() -> renderer.render("untitled", "TS3", "zh-CN", Map.of()))
                .isInstanceOf(NotificationTemplateException.class).hasMessageContaining("has no <title>");
        assertThatThrownBy(() -> renderer.render("no-case", "TS3", "zh-CN", Map.of()))
                .isInstanceOf(NotificationTemplateException.class).hasMessageContaining("does not show the case number");
        assertThatThrownBy(() -> renderer.render("../etc/passwd", "TS3", "zh-CN", Map.of()))
                .isInstanceOf(NotificationTemplateException.class).hasMessageContaining("Invalid template name");
    }
}
