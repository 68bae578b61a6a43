package org.parceldesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Engine REST answers 500 to every exception a task listener throws while a task is completed,
 * because the engine wraps it and the resource rethrows it as a {@link RestException}. ParcelDesk's
 * listeners refuse bad input and forbidden work: those are the client's mistake, so this mapper
 * finds them in the cause chain and answers 400/403/… with the reason (see {@link RefusalResponses}).
 * The two sibling mappers cover engine exceptions that reach JAX-RS unwrapped. Everything that is
 * not a refusal is answered by {@link EngineRestProblems} (404, 409, or a 500 that leaks nothing).
 */
@Provider
@Priority(1)
class TaskRefusalExceptionMapper implements ExceptionMapper<RestException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RestException exception) {
        return Refusal.in(exception)
                .filter(refusal -> !refusal.isEngineAuthorizationFailureAtTop(exception.getCause()))
                .map(refusal -> RefusalResponses.answer(refusal, headers, uri))
                .orElseGet(() -> EngineRestProblems.toResponse(exception));
    }
}
