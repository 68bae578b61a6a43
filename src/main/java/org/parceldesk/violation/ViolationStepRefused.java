package org.parceldesk.violation;

/**
 * A step of a violation case that the rules refuse (wrong state, missing reason, the decider
 * reviewing their own decision, an appeal after the deadline). The process adapters turn it into
 * the engine's own refusal, so that a task is not completed.
 */
public class ViolationStepRefused extends RuntimeException {

    public enum Kind { INVALID, NOT_ALLOWED }

    private final Kind kind;
    private final String field;

    private ViolationStepRefused(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static ViolationStepRefused invalid(String field, String message) {
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
