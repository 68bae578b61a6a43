package org.parceldesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A ParcelDesk refusal thrown unwrapped through an engine command (an {@code ApiProblem} is not an
 * engine exception): answered like the other refusals instead of Camunda's catch-all 500.
 */
@Provider
@Priority(1)
class AnyRefusalExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        return Refusal.in(exception)
                .filter(refusal -> !refusal.isEngineAuthorizationFailureAtTop(exception))
                .map(refusal -> RefusalResponses.answer(refusal, headers, uri))
                .orElseGet(() -> EngineRestProblems.toResponse(exception));
    }
}
