package org.parceldesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The language checks every page of a page family must pass (docs/messages.md): Chinese without
 * {@code Accept-Language} and for a language without a bundle, English for {@code Accept-Language: en}
 * and when English is preferred over Chinese even if not first. One sample text per page and language;
 * the other language's sample must not be there. A subclass lists its pages in a static {@code pages()}
 * returning {@link Page}s as arguments, and says how each is reached.
 *
 * @param <T> the test class, which the pages' requests may use (to file a case first, say)
 */
public abstract class PageLanguageCases<T extends PageLanguageCases<T>> {

    @Autowired
    protected MockMvc mvc;

    /** A page: how to reach it, and a sample of each language. */
    public record Page<T>(String name, Request<T> request, String chinese, String english) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** How a page is reached from the test (which may first file a case or run a migration). */
    public interface Request<T> {
        MockHttpServletRequestBuilder on(T test) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void chineseByDefault(Page<T> page) throws Exception {
        String html = render(request(page));
        assertThat(html).contains(page.chinese()).doesNotContain(page.english()).contains("lang=\"zh-CN\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void englishForAcceptLanguageEn(Page<T> page) throws Exception {
        String html = render(request(page).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,zh;q=0.5"));
        assertThat(html).contains(page.english()).doesNotContain(page.chinese()).contains("lang=\"en\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void chineseForALanguageWithoutBundle(Page<T> page) throws Exception {
        String html = render(request(page).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"));
        assertThat(html).contains(page.chinese()).doesNotContain(page.english());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void englishWhenPreferredOverChineseEvenIfNotFirst(Page<T> page) throws Exception {
        String html = render(request(page).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,en;q=0.8,zh-CN;q=0.5"));
        assertThat(html).contains(page.english()).doesNotContain(page.chinese());
    }

    @SuppressWarnings("unchecked")
    private MockHttpServletRequestBuilder request(Page<T> page) throws Exception {
        return page.request().on((T) this);
    }

    private String render(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getContentType()).as("an HTML page, not an error answer").startsWith("text/html");
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }
}
