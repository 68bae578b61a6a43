package org.parceldesk.overload;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parceldesk.common.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** The one 503 answer: problem JSON and {@code Retry-After}, so that clients back off and come again. */
@Component
public class ServiceUnavailable {

    private final ObjectMapper json;
    private final OverloadProperties properties;

    ServiceUnavailable(ObjectMapper json, OverloadProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    /** The 503 of a request Spring MVC serves; {@code key} names the detail in the bundles, read in the reader's language. */
    public ProblemDetail problem(String key) {
        Locale locale = Messages.locale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Messages.text(locale, key));
        problem.setTitle(Messages.text(locale, "problem.title.503"));
        problem.setProperty("retryAfterSeconds", retryAfterSeconds());
        return problem;
    }

    public long retryAfterSeconds() {
        return Math.max(1, properties.retryAfter().toSeconds());
    }

    /** The 503 written before or outside Spring MVC; {@code key} names the detail, read in the request's language. */
    void write(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        Locale locale = Messages.locale(request);
        // written field by field: outside Spring MVC there is no ProblemDetail mix-in to flatten its properties
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", Messages.text(locale, "problem.title.503"));
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", Messages.text(locale, key));
        problem.put("instance", URI.create(request.getRequestURI()).toString());
        problem.put("retryAfterSeconds", retryAfterSeconds());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
