package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.common.Messages;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every mail's subject comes from the bundles ({@code mail.subject.<template>}), rendered by the application's
 * engine in the language of the template file: Chinese for {@code x.html}, English for {@code x_en.html}.
 */
@ParcelDeskTest
class MailSubjectsTest {

    private static final Path MAIL = Path.of("src", "main", "resources", "templates", "mail");
    private static final String CASE_NO = "LP20261202000042";

    @Autowired
    MailRenderer renderer;

    static Stream<String> templates() throws IOException {
        try (Stream<Path> files = Files.list(MAIL)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html"))
                    .filter(name -> !name.endsWith(MailRenderer.ENGLISH_SUFFIX + ".html"))
                    .map(name -> name.substring(0, name.length() - ".html".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theSubjectIsTheBundlesInTheFilesLanguage(String template) throws Exception {
        String source = Files.readString(MAIL.resolve(template + ".html"));
        assertThat(source).contains("<title th:text=\"#{mail.subject." + template + "(");
        assertThat(Files.readString(MAIL.resolve(template + "_en.html")))
                .contains("<title th:text=\"#{mail.subject." + template + "(");

        // the calendar reminder's "case number" is CALENDAR-<year> (CalendarReminder); the renderer refuses a mail without it
        String caseNo = template.equals("calendar-missing") ? "CALENDAR-2027" : CASE_NO;
        RenderedMail chinese = renderer.render(template, caseNo, "zh-CN", model());
        RenderedMail english = renderer.render(template, caseNo, "en", model());

        assertThat(chinese.template()).isEqualTo("mail/" + template);
        assertThat(english.template()).isEqualTo("mail/" + template + "_en");
        String chineseHead = Messages.text(Messages.DEFAULT, "mail.subject." + template, CASE_NO, "x", "x")
                .split("[{]|" + CASE_NO)[0];
        String englishHead = Messages.text(Locale.ENGLISH, "mail.subject." + template, CASE_NO, "x", "x")
                .split("[{]|" + CASE_NO)[0];
        assertThat(chinese.subject()).startsWith(chineseHead).containsPattern("[\\u4e00-\\u9fff]").doesNotContain("??");
        assertThat(english.subject()).startsWith(englishHead).doesNotContainPattern("[\\u4e00-\\u9fff]")
                .doesNotContain("??");
        if (!template.equals("calendar-missing")) {
            assertThat(chinese.subject()).contains(CASE_NO);
            assertThat(english.subject()).contains(CASE_NO);
        } else {
            assertThat(chinese.subject()).contains("2027");
            assertThat(english.subject()).contains("2027");
        }
    }

    /** Every variable the mail templates read, with Latin sample values (so an English subject is all Latin). */
    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        for (String name : List.of("waybillNo", "customerName", "slaLabel", "slaName", "link", "dueAt", "statusUrl",
                "courierNo", "startedAt", "receivedAt", "category", "decision", "decisionLabel", "appealOutcome",
                "appealOutcomeLabel", "today", "surveyUrl", "surveyDue", "stationCode", "resolution", "replyDue",
                "registeredAt", "question", "promisedResolution", "measure", "measureLabel", "infoRequest",
                "categoryCode", "violationType", "violationTypeLabel", "closeReason", "fineAmount", "level", "mode",
                "warningAt", "zone")) {
            model.put(name, "S-" + name);
        }
        model.put("payout", "48.00");
        model.put("missingYear", 2027);
        model.put("years", "2026");
        model.put("points", 2);
        model.put("suspensionDays", 3);
        model.put("lines", List.of(Map.of("label", "Postage refund", "amount", "12.00")));
        return model;
    }
}
