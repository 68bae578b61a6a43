package org.parceldesk.overload;

import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * No database connection in time is the server's overload, not a bug: 503 with {@code Retry-After},
 * before the generic 500 handler sees it. Spring matches these types anywhere in the cause chain,
 * so a JPA or engine exception wrapping the pool's timeout is answered here too.
 */
@RestControllerAdvice(basePackages = "org.parceldesk")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PoolExhaustionAdvice {

    private final ServiceUnavailable unavailable;

    PoolExhaustionAdvice(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler({SQLTransientConnectionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> poolExhausted(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(unavailable.retryAfterSeconds()))
                .body(unavailable.problem("overload.database-busy"));
    }

    /** The connection in use was lost (the database went away mid-request): rolled back, try again. */
    @ExceptionHandler({java.sql.SQLRecoverableException.class, java.sql.SQLNonTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseLost(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(unavailable.retryAfterSeconds()))
                .body(unavailable.problem("overload.database-unavailable"));
    }
}
