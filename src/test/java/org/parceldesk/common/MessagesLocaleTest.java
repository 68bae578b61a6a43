package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one language rule of the API, the pages and engine REST's refusals: English only when preferred over Chinese. */
class MessagesLocaleTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | zh",
            "'' | zh",
            "en | en",
            "en-US,en;q=0.9 | en",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh",
            "en;q=0.5,zh-CN;q=0.9 | zh",
            "fr-FR,en;q=0.8,zh;q=0.5 | en",
            "fr-FR | zh",
            "de,fr;q=0.5 | zh",
            "en;q=0,zh;q=0.1 | zh",
            "not a ;;; header | zh"})
    void englishOnlyWhenPreferredOverChinese(String acceptLanguage, String expected) {
        Locale locale = Messages.locale(acceptLanguage);
        assertThat(locale.getLanguage()).isEqualTo(expected);
        assertThat(locale).isIn(Locale.ENGLISH, Messages.DEFAULT);
    }
}
