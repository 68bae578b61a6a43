package org.parceldesk.overload;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
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

    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Service unavailable");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds());
        return problem;
    }

    public long retryAfterSeconds() {
        return Math.max(1, properties.retryAfter().toSeconds());
    }

    void write(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        // written field by field: outside Spring MVC there is no ProblemDetail mix-in to flatten its properties
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Service unavailable");
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", detail);
        problem.put("instance", URI.create(request.getRequestURI()).toString());
        problem.put("retryAfterSeconds", retryAfterSeconds());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
