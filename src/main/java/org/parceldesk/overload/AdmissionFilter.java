package org.parceldesk.overload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door: at most {@code max-concurrent-requests} requests run at once, at most
 * {@code max-queued-requests} wait for their turn (holding a server thread but no database
 * connection), and any further one is answered 503 with {@code Retry-After} at once. Waiting here,
 * not in the connection pool, keeps the pool's wait short and lets health, static files and
 * already running requests go on. It runs before authentication, which needs the database too.
 *
 * <p>While the background database check cannot reach the database, requests are answered 503 at
 * once ({@code shed-while-database-down}): each would otherwise hold a thread for the pool's whole
 * connection timeout and fail anyway, and a queue of them would outlast the outage.
 *
 * <p>A request that fails because no connection came in time is answered 503 here as well, when
 * the failure escaped the handlers (for example from authentication).
 */
class AdmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdmissionFilter.class);

    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final OverloadProperties properties;
    private final ServiceUnavailable unavailable;
    private final BooleanSupplier databaseDown;

    AdmissionFilter(OverloadProperties properties, ServiceUnavailable unavailable) {
        this(properties, unavailable, () -> false);
    }

    AdmissionFilter(OverloadProperties properties, ServiceUnavailable unavailable, BooleanSupplier databaseDown) {
        this.properties = properties;
        this.unavailable = unavailable;
        this.databaseDown = databaseDown;
        this.running = new Semaphore(properties.maxConcurrentRequests(), true);
    }

    /** Health and static files never wait: they need no connection (health reads a cached check). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (properties.shedWhileDatabaseDown() && databaseDown.getAsBoolean()) {
            unavailable.write(request, response, "overload.database-unavailable");
            return;
        }
        if (!admit()) {
            unavailable.write(request, response, "overload.at-capacity");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!PoolExhaustion.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("No database connection in time for {} {}: answered 503", request.getMethod(), request.getRequestURI());
            unavailable.write(request, response, "overload.database-busy");
        } finally {
            running.release();
        }
    }

    private boolean admit() {
        if (running.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > properties.maxQueuedRequests()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(properties.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    int waiting() {
        return waiting.get();
    }

    int running() {
        return properties.maxConcurrentRequests() - running.availablePermits();
    }
}
