package org.parceldesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Engine exceptions that resources let through (assignee, claim, identity links, comments …):
 * a refusal anywhere in the chain is answered like {@link TaskRefusalExceptionMapper} does; the
 * engine's own authorization failures and every other exception keep Camunda's answer.
 */
@Provider
@Priority(1)
class EngineRefusalExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return Refusal.in(exception)
                .filter(refusal -> !refusal.isEngineAuthorizationFailureAtTop(exception))
                .map(refusal -> RefusalResponses.answer(refusal, headers, uri))
                .orElseGet(() -> EngineRestProblems.toResponse(exception));
    }
}
