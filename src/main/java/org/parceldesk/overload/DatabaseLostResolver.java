package org.parceldesk.overload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A lost or missing database connection, and a statement the database cancelled ({@link QueryCancelled}),
 * is 503 with {@code Retry-After}, whatever wraps it. The
 * exception advice matches by type only; when the database goes away mid-request the cause may be a
 * rollback that failed on a closed connection (a plain {@code SQLException} with SQLState class 08,
 * wrapped by JPA or the engine), which no type names. This resolver runs before every advice and
 * leaves every other exception to them.
 */
@Component
class DatabaseLostResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLostResolver.class);

    private final ServiceUnavailable unavailable;

    DatabaseLostResolver(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception thrown) {
        if (response.isCommitted()) {
            return null;
        }
        if (QueryCancelled.isCause(thrown)) {
            log.warn("Statement cancelled during {} {}: answered 503 ({})", request.getMethod(),
                    request.getRequestURI(), thrown.toString());
            return write(request, response, "overload.database-timeout");
        }
        if (!PoolExhaustion.isCause(thrown)) {
            return null;
        }
        log.warn("Database connection lost during {} {}: answered 503 ({})", request.getMethod(),
                request.getRequestURI(), thrown.toString());
        return write(request, response, "overload.database-unavailable");
    }

    private ModelAndView write(HttpServletRequest request, HttpServletResponse response, String key) {
        try {
            unavailable.write(request, response, key);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
