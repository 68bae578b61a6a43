package org.parceldesk.reliability;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real ParcelDesk JVM ({@code java -cp <the build's classpath> org.parceldesk.ParcelDeskApplication}),
 * started in its own working directory so that the embedded default (an H2 file under ./data)
 * lands there, and killed the way an operator's {@code kill -9} would.
 */
final class ParcelDeskNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(15); // a shared, loaded build machine

    private final Path workDir;
    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ParcelDeskNode(Path workDir, int port, Process process, Path log) {
        this.workDir = workDir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node and waits until /actuator/health answers UP. */
    static ParcelDeskNode start(Path workDir, String name, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", applicationClassPath(), "org.parceldesk.ParcelDeskApplication",
                "--server.port=" + port,
                "--parceldesk.claim.evidence.dir=" + workDir.resolve("evidence").toAbsolutePath()));
        command.addAll(Arrays.asList(arguments));
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        ParcelDeskNode node = new ParcelDeskNode(workDir, port, builder.start(), log);
        node.awaitHealthy();
        return node;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no connection pool closed, no database flushed. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(request(path, user).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (user != null) {
            // demo users all have the password "demo"
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ParcelDesk exited with " + process.exitValue() + "; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> health = get("/actuator/health", null);
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000); // polling a child process's startup, not timing the application under test
        }
        process.destroyForcibly();
        throw new IllegalStateException("ParcelDesk did not become healthy within " + STARTUP + "; see " + log + "\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
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

    /** The build's runtime classpath without test classes (their @Components must not join the application). */
    static String applicationClassPath() {
        String classPath = System.getProperty("java.class.path");
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
