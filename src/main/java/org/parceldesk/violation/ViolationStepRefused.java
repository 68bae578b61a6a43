package org.parceldesk.violation;

import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * A step of a violation case that the rules refuse (wrong state, missing reason, the decider
 * reviewing their own decision, an appeal after the deadline). Thrown from a task listener it keeps
 * the task open; engine REST answers it as 400 (invalid input) or 403 (not allowed).
 */
public class ViolationStepRefused extends ApiProblem {

    public enum Kind { INVALID, NOT_ALLOWED }

    private final Kind kind;
    private final String field;

    private ViolationStepRefused(Kind kind, String field, String message) {
        super(kind == Kind.INVALID ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN,
                kind == Kind.INVALID ? "Invalid request" : "Not allowed", message,
                field == null ? List.of() : List.of(new FieldProblem(field, message)));
        this.kind = kind;
        this.field = field;
    }

    public static ViolationStepRefused invalid(String field, String message) {
        return new ViolationStepRefused(Kind.INVALID, field, message);
    }

    static ViolationStepRefused notAllowed(String message) {
        return new ViolationStepRefused(Kind.NOT_ALLOWED, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The form field at fault, when there is one. */
    public String field() {
        return field;
    }
}
