package org.parceldesk.common;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The texts the API's common input checks answer with (unreadable JSON, paging, media type, an unknown
 * record): Chinese by default, English for {@code Accept-Language: en} (docs/messages.md).
 */
@ParcelDeskTest
class ApiProblemLanguageTest {

    @Autowired
    MockMvc mvc;

    @Value("${spring.data.web.pageable.max-page-size:2000}")
    int maxPageSize;

    @Test
    void aPageSizeOutOfRangeNamesTheRangeInTheReadersLanguage() throws Exception {
        MockHttpServletRequestBuilder tooLarge = get("/api/v1/shipments").param("size", String.valueOf(maxPageSize + 1))
                .with(httpBasic("complaint-handler", "demo"));
        mvc.perform(tooLarge).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.detail").value("请求中有字段无效"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("应为 1 到 " + maxPageSize + " 之间的整数"));
        mvc.perform(tooLarge.header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number from 1 to " + maxPageSize));
    }

    @Test
    void invisibleCharactersInAParameterAreRefusedInTheReadersLanguage() throws Exception {
        MockHttpServletRequestBuilder bidi = get("/api/v1/shipments").param("station", "S\u202E001")
                .with(httpBasic("complaint-handler", "demo"));
        assertFieldRefusedInBothLanguages(bidi, "station", "不能包含双向控制字符（U+202E）",
                "must not contain bidirectional control characters (U+202E)");
    }

    @Test
    void aValueJsonCannotReadNamesTheFieldInTheReadersLanguage() throws Exception {
        String body = """
                {"waybillNo":"PD2026000001","customerName":"王女士","customerPhone":"13912345678","claimedAmount":"abc"}""";
        assertFieldRefusedInBothLanguages(claim(body), "claimedAmount", "无法读取为 BigDecimal：abc",
                "cannot be read as BigDecimal: abc");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedInTheReadersLanguage() throws Exception {
        String body = """
                {"waybillNo":"PD2026000001","waybillNo":"PD2026000002","customerName":"王女士","customerPhone":"13912345678"}""";
        assertFieldRefusedInBothLanguages(claim(body), "waybillNo", "在同一对象中出现了多次",
                "appears more than once in one object");
    }

    @Test
    void anUnsupportedMediaTypeIsNamedInTheReadersLanguage() throws Exception {
        MockHttpServletRequestBuilder plain = post("/api/v1/claims").with(httpBasic("claims-handler", "demo"))
                .contentType(MediaType.TEXT_PLAIN).content("waybillNo=PD2026000001");
        mvc.perform(plain).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("不支持的媒体类型"))
                .andExpect(jsonPath("$.detail", startsWith("不支持的 Content-Type：text/plain")))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("应为以下之一：")));
        mvc.perform(plain.header("Accept-Language", "en")).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", startsWith("Content-Type 'text/plain")))
                .andExpect(jsonPath("$.detail", endsWith("' is not supported")))
                .andExpect(jsonPath("$.errors[0].message", startsWith("must be one of [")));
    }

    @Test
    void anUnknownRecordIsOneSentenceInTheReadersLanguage() throws Exception {
        MockHttpServletRequestBuilder retry = post("/api/v1/admin/notifications/987654321/retry")
                .with(httpBasic("admin", "demo"));
        mvc.perform(retry).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("通知 987654321 不存在"));
        mvc.perform(retry.header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Notification 987654321 does not exist"));
    }

    /** 400 naming {@code field}: {@code chinese} without a language, {@code english} for {@code Accept-Language: en}. */
    private void assertFieldRefusedInBothLanguages(MockHttpServletRequestBuilder request, String field, String chinese,
            String english) throws Exception {
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(chinese));
        mvc.perform(request.header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(english));
    }

    private static MockHttpServletRequestBuilder claim(String body) {
        return post("/api/v1/claims").with(httpBasic("claims-handler", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
