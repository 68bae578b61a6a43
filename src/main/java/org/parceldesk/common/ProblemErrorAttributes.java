package org.parceldesk.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors raised before a controller runs (the servlet container, Spring Security's firewall refusing
 * an encoded slash or a NUL in the path, a CSRF failure) reach {@code /error}: its JSON answer has the
 * RFC 9457 members too, so that every API error has one shape. No exception text or stack trace.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = defaults.get("status") instanceof Integer code ? code : 500;
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", status >= 500 ? "An unexpected error occurred; it has been logged."
                : "The request was refused before it reached the application");
        problem.put("instance", defaults.get("path"));
        if (status == 400) {
            problem.put("errors", java.util.List.of(new FieldProblem("request", "is malformed (path, query or headers)")));
        }
        return problem;
    }
}
