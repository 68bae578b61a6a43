package parceldesk.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A second ParcelDesk JVM on the bench's MariaDB database ({@code java -cp <the build's classpath>
 * org.parceldesk.ParcelDeskApplication}, as reliability.ClusterIT starts its nodes): production
 * configuration, job executor and outbox sender on, no demo data (the first node made it), the same
 * {@code bench.app.*} settings as the first node. Used for the timer burst on two nodes and for the
 * memory figures of a JVM that runs ParcelDesk only.
 */
final class BenchNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(10);

    final int port;
    final Process process;
    final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BenchNode(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the node; {@link #awaitHealthy()} waits for it (so that the caller can work meanwhile). */
    static BenchNode start(String name, Map<String, String> firstNodeProperties, Map<String, String> overrides) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "bench", name)).toAbsolutePath();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the same heap limit as the first node's JVM (the bench profile's argLine), unless told otherwise
        command.addAll(Arrays.asList(System.getProperty("bench.node.jvm-args", "-Xmx1g").trim().split("\\s+")));
        command.addAll(List.of("-cp", applicationClassPath(), "org.parceldesk.ParcelDeskApplication",
                "--server.port=" + port, "--spring.profiles.active=mysql", "--parceldesk.demo.enabled=false",
                "--logging.level.root=WARN", "--camunda.bpm.metrics.enabled=false",
                "--parceldesk.claim.evidence.dir=" + dir.resolve("evidence")));
        overrides.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        firstNodeProperties.forEach((key, value) -> {
            if (key.startsWith("PARCELDESK_")) {
                builder.environment().put(key, value);
            }
        });
        return new BenchNode(port, builder.start(), log);
    }

    BenchNode awaitHealthy() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("second node exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000); // polling a child process's startup, not a measurement
        }
        throw new IllegalStateException("second node not healthy within " + STARTUP + "; see " + log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The build's runtime classpath without test classes (the bench's beans must not join this node). */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
