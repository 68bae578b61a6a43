package org.parceldesk.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A client-visible failure that becomes one RFC 9457 problem-details answer. Thrown by services
 * before anything is written, so that an error never leaves a half-done change behind.
 * Its detail and field messages are texts of the bundles in the reader's language (docs/messages.md);
 * the title given here is a fallback: the exception handler sends {@code problem.title.<status>}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /**
     * 404 whose detail is the bundle text {@code key} ("理赔案件 {0} 不存在" / "Claim {0} does not exist") in the
     * language of the request being served ({@link Messages#locale()}): the whole sentence is a text, so that
     * no English noun ends up in a Chinese answer.
     */
    public static ApiProblem missing(String key, Object... args) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", Messages.forReader(key, args), List.of());
    }

    /** A well-formed request that names something unknown or not allowed (e.g. an unknown waybill). */
    public static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Unprocessable request", message,
                List.of(new FieldProblem(field, message)));
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request",
                Messages.forReader("problem.invalid-fields"), errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static ApiProblem conflict(String field, String message) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", message, List.of(new FieldProblem(field, message)));
    }

    /** Adds an extra member to the problem JSON, e.g. the existing case number of a duplicate. */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
