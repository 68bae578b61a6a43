package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Which variables history never keeps: every free-text field of every form, and the form facts. */
@ParcelDeskTest
class HistoryPrivacyTest {

    @Autowired
    HistoryPrivacyProperties privacy;
    @Autowired
    ObjectMapper json;

    @Test
    void everyFreeTextFieldOfEveryFormIsKeptOutOfHistory() throws Exception {
        List<String> textareas = new ArrayList<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                collectTextareas(json.readTree(in), form.getFilename(), textareas);
            }
        }
        assertThat(textareas).as("the shipped forms have free-text fields").hasSizeGreaterThan(10);
        assertThat(textareas).allSatisfy(field -> assertThat(privacy.isPrivate(field.substring(field.indexOf(':') + 1)))
                .as("%s is listed under parceldesk.history.private-variables", field).isTrue());
    }

    @Test
    void formFactsAreKeptOutAndRoutingValuesStayIn() {
        assertThat(privacy.isPrivate("factDescription")).isTrue();
        assertThat(privacy.isPrivate("factCustomerPhone")).isTrue();
        assertThat(privacy.isPrivate("statementText")).isTrue();
        assertThat(privacy.isPrivate("caseNo")).isFalse();
        assertThat(privacy.isPrivate("investigationOutcome")).isFalse();
        assertThat(privacy.isPrivate(null)).isFalse();
    }

    private static void collectTextareas(JsonNode node, String form, List<String> into) {
        for (JsonNode component : node.path("components")) {
            if ("textarea".equals(component.path("type").asText())) {
                into.add(form + ":" + component.path("key").asText());
            }
            collectTextareas(component, form, into);
        }
    }
}
