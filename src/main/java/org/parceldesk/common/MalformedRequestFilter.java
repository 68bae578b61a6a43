package org.parceldesk.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart bodies are parsed by the servlet container the first time anything reads a parameter —
 * Spring Security's CSRF check, long before a controller. A NUL in a file name, a cut-off body or an
 * upload over {@code spring.servlet.multipart.max-request-size} then fails as a container exception:
 * a 500 without the application's error shape. This filter, first in the chain, parses multipart
 * bodies itself and answers 400 (413 for size) problem JSON naming the part.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    MalformedRequestFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || isEngineApi(request);
    }

    /**
     * Camunda's JAX-RS applications (engine REST, the webapps' engine API) read multipart bodies
     * themselves — the Modeler's deployments — and their servlets have no multipart configuration
     * for the container to parse with; their errors are answered by the engine REST mappers.
     */
    private static boolean isEngineApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (RuntimeException | IOException | ServletException e) {
            if (tooLarge(e)) {
                refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "files", "problem.multipart.too-large");
            } else if (message(e).contains("Invalid file name")) {
                refuse(request, response, HttpStatus.BAD_REQUEST, "files", "problem.multipart.nul-name");
            } else {
                refuse(request, response, HttpStatus.BAD_REQUEST, "body", "problem.field.not-multipart");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(' ');
        }
        return messages.toString();
    }

    /** Before Spring MVC, so the texts are read here, in the language the request asks for ({@link Messages}). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
            String key) throws IOException {
        Locale locale = Messages.locale(request);
        FieldProblem problem = new FieldProblem(field, Messages.text(locale, key));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
                Messages.text(locale, "problem.multipart.refused", problem.field(), problem.message()));
        body.setTitle(Messages.textOrDefault(locale, "problem.title." + status.value(), status.getReasonPhrase()));
        body.setProperty("errors", List.of(problem));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the container may not have read the whole body: do not keep the connection for the next request
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), body);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(ObjectMapper json) {
            FilterRegistrationBean<MalformedRequestFilter> registration =
                    new FilterRegistrationBean<>(new MalformedRequestFilter(json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
