package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Every claim mail template renders, in both languages, with the case number in the subject and the body. */
class ClaimMailTemplatesTest {

    private static final TemplateEngine ENGINE = engine();

    @ParameterizedTest
    @ValueSource(strings = {ClaimNotices.EVIDENCE_REQUEST, ClaimNotices.EVIDENCE_REMINDER, ClaimNotices.OFFER,
            ClaimNotices.OFFER_REMINDER,
            ClaimNotices.PAYMENT, ClaimNotices.TIME_BARRED, ClaimNotices.ABANDONED, ClaimNotices.CLOSED})
    void rendersWithTheCaseNumberInSubjectAndBody(String template) {
        for (String name : List.of(template, template + "_en")) {
            Context context = new Context(Locale.ROOT, Map.of("caseNo", "LP20260302000042", "customerName", "王女士",
                    "waybillNo", "PD2026000007", "link", "http://localhost/portal/claims/LP20260302000042?t=1.x",
                    "payout", "48.00", "closeReason", "UNRESOLVED",
                    "lines", List.of(Map.of("label", "退还运费 Postage refund", "amount", "12.00"),
                            Map.of("label", "未保价赔偿 Uninsured compensation", "amount", "36.00"))));

            String html = ENGINE.process("mail/" + name, context);

            String title = html.substring(html.indexOf("<title>") + 7, html.indexOf("</title>"));
            assertThat(title).as(name + " subject").contains("LP20260302000042");
            assertThat(html.substring(html.indexOf("<body>"))).as(name + " body").contains("LP20260302000042");
            if (template.equals(ClaimNotices.OFFER) || template.equals(ClaimNotices.PAYMENT)) {
                assertThat(html).contains("退还运费 Postage refund").contains("36.00").contains("48.00");
            }
            if (template.equals(ClaimNotices.OFFER_REMINDER)) {
                assertThat(html).as(name + " amount and link").contains("48.00")
                        .contains("http://localhost/portal/claims/LP20260302000042?t=1.x");
            }
        }
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(org.parceldesk.common.TestBundles.messageSource()); // subjects: mail.subject.*
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
