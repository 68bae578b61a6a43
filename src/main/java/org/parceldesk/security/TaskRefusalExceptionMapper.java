package org.parceldesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Engine REST answers 500 to every exception a task listener throws while a task is completed,
 * because the engine wraps it. ParcelDesk's listeners refuse bad input and forbidden work (four
 * eyes): those are the client's mistake, so these mappers find them in the cause chain and answer
 * 4xx ({@link EngineRestProblems}). Jersey picks a mapper by the closest exception type, so there is
 * one for each type Camunda maps itself.
 */
@Provider
@Priority(1)
class TaskRefusalExceptionMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        return EngineRestProblems.toResponse(exception);
    }

    @Provider
    @Priority(1)
    static class EngineFailures implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return EngineRestProblems.toResponse(exception);
        }
    }

    /** Camunda's own JSON mapping errors (a wrong type in a DTO), in the same shape as every other answer. */
    @Provider
    @Priority(1)
    static class UnreadableJson implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
            return EngineRestProblems.toResponse(new org.camunda.bpm.engine.rest.exception.InvalidRequestException(
                    Response.Status.BAD_REQUEST, "The request body cannot be read: " + exception.getOriginalMessage()));
        }
    }

    @Provider
    @Priority(1)
    static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return EngineRestProblems.toResponse(exception);
        }
    }
}
