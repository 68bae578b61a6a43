package org.parceldesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.parceldesk.common.ApiProblem;

/**
 * Engine REST answers 500 to every exception a task listener throws while a task is completed,
 * because the engine wraps it. ParcelDesk's listeners refuse bad input ({@link BadUserRequestException},
 * {@link ApiProblem}) and forbidden work (four eyes): those are the client's mistake, so this mapper
 * finds them in the cause chain and answers 400/403/… in Camunda's own error shape, which Tasklist shows.
 */
@Provider
@Priority(1)
class TaskRefusalExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        Status status = exception.getStatus();
        if (status == null || status == Status.INTERNAL_SERVER_ERROR) {
            Status refusal = refusalStatus(exception);
            if (refusal != null) {
                return Response.status(refusal).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ExceptionHandlerHelper.getInstance().fromException(exception)).build();
            }
        }
        return camunda.toResponse(exception);
    }

    static Status refusalStatus(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return Status.fromStatusCode(problem.status().value());
            }
            if (cause instanceof AuthorizationException) {
                return Status.FORBIDDEN;
            }
            if (cause instanceof BadUserRequestException) {
                return Status.BAD_REQUEST;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
