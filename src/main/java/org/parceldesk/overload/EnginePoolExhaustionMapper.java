package org.parceldesk.overload;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parceldesk.common.Messages;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Engine REST (Camunda's JAX-RS resources) answers an engine command that got no database
 * connection in time with 503 and {@code Retry-After}, in Camunda's error shape, instead of 500.
 * Every engine command begins a Spring transaction, so the pool's timeout arrives as this exception.
 */
public class EnginePoolExhaustionMapper implements ExceptionMapper<CannotCreateTransactionException> {

    private final ServiceUnavailable unavailable;

    public EnginePoolExhaustionMapper(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public Response toResponse(CannotCreateTransactionException exception) {
        if (!PoolExhaustion.isCause(exception)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "ProcessEngineException");
            body.put("message", Messages.forReader("overload.database-unreachable"));
            body.put("title", Messages.forReader("problem.title.503"));
            body.put("status", 503);
            body.put("detail", body.get("message"));
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ServiceUnavailable");
        body.put("message", Messages.forReader("overload.database-busy"));
        body.put("title", Messages.forReader("problem.title.503"));
        body.put("status", 503);
        body.put("detail", body.get("message"));
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", String.valueOf(unavailable.retryAfterSeconds())).entity(body).build();
    }
}
