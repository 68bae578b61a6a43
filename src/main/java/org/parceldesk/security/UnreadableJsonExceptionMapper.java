package org.parceldesk.security;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/** Camunda's own JSON mapping errors (a wrong type in a DTO), in the same shape as every other answer. */
@Provider
@Priority(1)
class UnreadableJsonExceptionMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
        return EngineRestProblems.toResponse(new InvalidRequestException(Response.Status.BAD_REQUEST,
                org.parceldesk.common.Messages.text(org.parceldesk.common.Messages.locale(), "security.engine.unreadable-body",
                        exception.getOriginalMessage())));
    }
}
