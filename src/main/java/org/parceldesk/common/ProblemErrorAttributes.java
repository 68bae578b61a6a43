package org.parceldesk.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpHeaders;
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
        Locale locale = Messages.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        problem.put("title", known == null ? "Error"
                : Messages.textOrDefault(locale, "problem.title." + status, known.getReasonPhrase()));
        problem.put("status", status);
        problem.put("detail", Messages.text(locale, status >= 500 ? "problem.unexpected" : "problem.refused-early"));
        problem.put("instance", defaults.get("path"));
        if (status == 400) {
            problem.put("errors", java.util.List.of(new FieldProblem("request", Messages.text(locale, "problem.field.malformed"))));
        }
        return problem;
    }
}
