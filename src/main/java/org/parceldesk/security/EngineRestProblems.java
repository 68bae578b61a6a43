package org.parceldesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.overload.QueryCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every engine REST error as one answer that both Camunda's clients and ParcelDesk's understand:
 * Camunda's members ({@code type}, {@code message}, {@code code}, which Tasklist and the Modeler
 * show) plus the RFC 9457 members ({@code title}, {@code status}, {@code detail}, {@code errors}).
 * <p>
 * A client's mistake is a 4xx even where the engine wraps it into a 500: a refusal of a ParcelDesk
 * listener, a task or instance that does not exist (404), a parallel change of the same task (409).
 * What is left is a defect: a 500 that is logged and tells the client nothing about the database.
 */
final class EngineRestProblems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code parceldesk.overload.retry-after}, set once when engine REST is configured. */
    private static volatile long retryAfterSeconds = 5;

    private EngineRestProblems() {
    }

    /** A text of the bundles in the language of the request being served (Chinese outside one); docs/messages.md. */
    private static String text(String key, Object... args) {
        return org.parceldesk.common.Messages.text(org.parceldesk.common.Messages.locale(), key, args);
    }

    static void retryAfterSeconds(long seconds) {
        retryAfterSeconds = seconds;
    }

    static Response toResponse(Throwable exception) {
        Status status = camundaStatus(exception);
        Throwable refusal = null;
        if (status == Status.INTERNAL_SERVER_ERROR) {
            refusal = refusal(exception);
            if (refusal != null) {
                status = refusalStatus(refusal);
            }
        }
        if (status.getFamily() == Status.Family.SERVER_ERROR && QueryCancelled.isCause(exception)) {
            log.warn("Engine REST statement cancelled: answered 503 ({})", exception.toString());
            Map<String, Object> body = problem(Status.SERVICE_UNAVAILABLE, text("problem.title.503"),
                    text("overload.database-timeout"));
            body.put("type", "ServiceUnavailable");
            body.put("message", body.get("detail"));
            return Response.status(Status.SERVICE_UNAVAILABLE).type(MEDIA_TYPE)
                    .header("Retry-After", String.valueOf(retryAfterSeconds)).entity(body).build();
        }
        if (status.getFamily() == Status.Family.SERVER_ERROR) {
            log.error("Engine REST request failed", exception);
            Map<String, Object> body = problem(status, text("problem.title.500"), text("problem.unexpected"));
            body.put("type", "ServerError");
            body.put("message", body.get("detail"));
            return Response.status(status).type(MEDIA_TYPE).entity(body).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> camunda = JSON.convertValue(ExceptionHandlerHelper.getInstance().fromException(exception), Map.class);
        body.putAll(camunda);
        String detail = refusal != null ? refusal.getMessage() : String.valueOf(camunda.get("message"));
        body.putAll(problem(status, status.getReasonPhrase(), detail));
        body.put("type", camunda.get("type"));
        if (refusal instanceof ApiProblem problem && !problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        } else if (refusal instanceof org.parceldesk.workflow.TaskInputRefused undeclared) {
            body.put("errors", List.of(new FieldProblem("variables." + undeclared.variable(), refusal.getMessage())));
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    /** A problem answer of ParcelDesk's own checks in front of engine REST. */
    static Map<String, Object> problem(Status status, String title, String detail, List<FieldProblem> errors) {
        Map<String, Object> body = problem(status, title, detail);
        body.put("type", "InvalidRequestException");
        body.put("message", detail);
        body.put("errors", errors);
        return body;
    }

    private static Map<String, Object> problem(Status status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        return body;
    }

    private static Status camundaStatus(Throwable exception) {
        if (exception instanceof RestException rest && rest.getStatus() != null) {
            return rest.getStatus();
        }
        if (exception instanceof WebApplicationException web) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            return status == null ? Status.BAD_REQUEST : status;
        }
        return ExceptionHandlerHelper.getInstance().getStatus(exception);
    }

    /** The first cause that is the client's doing, or null. */
    static Throwable refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem || cause instanceof AuthorizationException
                    || concurrent(cause) || cause instanceof BadUserRequestException
                    || missing(cause)) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    static Status refusalStatus(Throwable refusal) {
        if (refusal instanceof ApiProblem problem) {
            return Status.fromStatusCode(problem.status().value());
        }
        if (refusal instanceof AuthorizationException) {
            return Status.FORBIDDEN;
        }
        if (concurrent(refusal)) {
            return Status.CONFLICT;
        }
        if (refusal instanceof NotFoundException || missing(refusal)) {
            return Status.NOT_FOUND;
        }
        return Status.BAD_REQUEST;
    }

    /** Another request changed the same task or case at the same moment: the engine's or JPA's optimistic lock, or a lock wait. */
    private static boolean concurrent(Throwable cause) {
        return cause instanceof OptimisticLockingException
                || cause instanceof org.springframework.dao.OptimisticLockingFailureException
                || cause instanceof org.springframework.dao.PessimisticLockingFailureException
                || cause instanceof org.hibernate.StaleStateException;
    }

    /** The engine says "Cannot find task with id …" (and alike) with a NullValueException. */
    private static boolean missing(Throwable cause) {
        return cause instanceof NullValueException && cause.getMessage() != null
                && (cause.getMessage().startsWith("Cannot find") || cause.getMessage().contains("does not exist"));
    }
}
