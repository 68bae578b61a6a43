package org.parceldesk.overload;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health component, answered from a check that runs in the background every
 * {@code health-check-interval}: a health request never waits for a pooled connection, so it
 * answers at once even when every connection is busy. A saturated pool is reported UP with its
 * numbers (the database answers; the node is busy, and taking it out of the load balancer would
 * only move the load); a database that refuses connections, or no completed check for three
 * intervals, is DOWN. Replaces Spring Boot's own {@code db} indicator (same bean name).
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, InitializingBean, DisposableBean {

    private final DataSource dataSource;
    private final OverloadProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "db-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Health last = Health.unknown().withDetail("check", "not run yet").build();
    private volatile Instant lastCheckedAt;
    private volatile boolean unreachable;

    DatabaseHealth(DataSource dataSource, OverloadProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = Clock.systemUTC(); // wall time on purpose: tests move the business clock
    }

    @Override
    public void afterPropertiesSet() {
        long interval = Math.max(100, properties.healthCheckInterval().toMillis());
        checker.scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }

    @Override
    public Health health() {
        Instant checkedAt = lastCheckedAt;
        Duration stale = properties.healthCheckInterval().multipliedBy(3).plus(properties.healthCheckTimeout());
        Health.Builder builder;
        if (checkedAt != null && checkedAt.isBefore(clock.instant().minus(stale))) {
            builder = Health.down().withDetail("check", "no database check completed since " + checkedAt);
        } else {
            builder = Health.status(last.getStatus()).withDetails(last.getDetails());
        }
        pool().forEach(builder::withDetail);
        return builder.build();
    }

    void check() {
        long started = System.nanoTime();
        Health result;
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, properties.healthCheckTimeout().toSeconds());
            boolean valid = connection.isValid(seconds);
            result = (valid ? Health.up() : Health.down()).withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .withDetail("validationQuery", "isValid()").build();
        } catch (SQLTransientConnectionException busy) {
            // the pool gave no connection in time: busy if the pool has live connections, down if it cannot make any
            boolean refused = busy.getCause() != null || totalConnections() == 0;
            result = (refused ? Health.down() : Health.up()).withDetail("pool", refused ? "cannot connect" : "saturated")
                    .withDetail("error", busy.getMessage()).build();
        } catch (Exception e) {
            result = Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Map<String, Object> details = new LinkedHashMap<>(result.getDetails());
        details.put("checkMillis", millis);
        Status status = result.getStatus();
        if (Status.UP.equals(status) && millis > properties.healthCheckTimeout().toMillis()) {
            details.put("slow", true);
        }
        last = Health.status(status).withDetails(details).build();
        lastCheckedAt = clock.instant();
        unreachable = Status.DOWN.equals(status);
    }

    /**
     * Whether the last completed check could not reach the database (not merely a busy pool). A check
     * that is overdue does not count: only a real failed attempt closes the door, and the next good
     * check opens it again.
     */
    boolean unreachable() {
        return unreachable;
    }

    private int totalConnections() {
        HikariPoolMXBean pool = hikari();
        return pool == null ? -1 : pool.getTotalConnections();
    }

    private Map<String, Object> pool() {
        HikariPoolMXBean pool = hikari();
        Map<String, Object> numbers = new LinkedHashMap<>();
        if (pool != null) {
            numbers.put("poolActive", pool.getActiveConnections());
            numbers.put("poolIdle", pool.getIdleConnections());
            numbers.put("poolTotal", pool.getTotalConnections());
            numbers.put("poolWaiting", pool.getThreadsAwaitingConnection());
        }
        return numbers;
    }

    private HikariPoolMXBean hikari() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }
}
