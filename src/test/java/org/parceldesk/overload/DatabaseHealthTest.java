package org.parceldesk.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** A real Hikari pool on H2 with one connection, held by "a request" while health is asked. */
class DatabaseHealthTest {

    private final OverloadProperties properties = new OverloadProperties(24, 300, Duration.ofSeconds(20), Duration.ofSeconds(2),
            Duration.ofHours(1), Duration.ofSeconds(2), true);

    @Test
    void healthAnswersFromTheLastCheckWithoutBorrowingAConnectionAndReportsASaturatedPoolAsBusy() throws Exception {
        try (HikariDataSource pool = pool()) {
            AtomicInteger borrowed = new AtomicInteger();
            DatabaseHealth health = new DatabaseHealth(counting(pool, borrowed), properties);
            health.check();
            assertThat(health.health().getStatus()).as(health.health().toString()).isEqualTo(Status.UP);

            try (Connection heldByARequest = pool.getConnection()) {
                int before = borrowed.get();
                Health answer = health.health();
                assertThat(borrowed.get()).as("asking for health borrows no connection").isEqualTo(before);
                assertThat(answer.getStatus()).isEqualTo(Status.UP);
                assertThat(answer.getDetails()).containsEntry("poolActive", 1).containsEntry("poolTotal", 1);

                health.check(); // the background check finds no free connection in time
                Health busy = health.health();
                assertThat(busy.getStatus()).isEqualTo(Status.UP);
                assertThat(busy.getDetails()).containsEntry("pool", "saturated");
                assertThat(health.unreachable()).as("a busy pool is not an unreachable database").isFalse();
            }
            health.check();
            assertThat(health.health().getDetails()).doesNotContainKey("pool").containsEntry("database", "H2");
            health.destroy();
        }
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsDown() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:tcp://127.0.0.1:1/nothing");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource refusing = new HikariDataSource(config)) {
            DatabaseHealth health = new DatabaseHealth(refusing, properties);
            health.check();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.unreachable()).as("the door sheds requests while this holds").isTrue();
            health.destroy();
        }
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:health-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        return new HikariDataSource(config);
    }

    /** The pool, counting getConnection calls; unwrap still reaches Hikari's numbers. */
    private static DataSource counting(HikariDataSource pool, AtomicInteger borrowed) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        borrowed.incrementAndGet();
                    }
                    try {
                        return method.invoke(pool, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
