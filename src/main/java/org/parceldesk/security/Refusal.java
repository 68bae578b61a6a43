package org.parceldesk.security;

import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;

/**
 * A refusal found in an exception's cause chain: ParcelDesk's own ({@link ApiProblem} and its
 * subclasses), or the engine's {@link BadUserRequestException} / {@link AuthorizationException}.
 * The engine wraps whatever a task listener or command guard throws (ENGINE-03051, a 500 in REST);
 * the refusal inside is what the user must read.
 */
record Refusal(Throwable cause, Status status, String message) {

    static Optional<Refusal> in(Throwable exception) {
        int depth = 0;
        for (Throwable cause = exception; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof ApiProblem problem) {
                return Optional.of(new Refusal(cause, Status.fromStatusCode(problem.status().value()), reason(problem)));
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of(new Refusal(cause, Status.FORBIDDEN, cause.getMessage()));
            }
            if (cause instanceof BadUserRequestException) {
                return Optional.of(new Refusal(cause, Status.BAD_REQUEST, cause.getMessage()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** "actualLoss: 不能为负数 must not be negative" names the field for machines; a person reads the reason. */
    private static String reason(ApiProblem problem) {
        String message = problem.getMessage();
        if (problem.errors().size() == 1) {
            FieldProblem only = problem.errors().get(0);
            if (message != null && message.equals(only.field() + ": " + only.message())) {
                return only.message();
            }
        }
        return message;
    }

    static boolean isRefusal(Throwable exception) {
        return exception != null && in(exception).isPresent();
    }

    /** Camunda's own authorization failure (not ParcelDesk's): its answer already is a 403 with Camunda's details. */
    boolean isEngineAuthorizationFailureAtTop(Throwable top) {
        return top == cause && cause instanceof AuthorizationException && !(cause instanceof TaskAccessRefused);
    }
}
