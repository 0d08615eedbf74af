package io.bindung.testing;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code io.bindung.Main serve} as its own JVM over a SQLite file, for tests that signal or kill
 * the server. Its output goes to a log file; {@link #close()} kills it if it is still alive.
 */
public final class ServerProcess implements AutoCloseable {
    public static final String ADMIN_KEY = "process-admin-key";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server on {@code database} and waits until it is ready; retries if the port was taken. */
    public static ServerProcess start(Path database, Path log) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Path attemptLog = log.resolveSibling(log.getFileName() + (attempt == 1 ? "" : "." + attempt));
            ServerProcess server = launch(database, freePort(), attemptLog);
            if (server.awaitReady()) {
                return server;
            }
            String output = server.log();
            boolean portTaken = output.contains("BindException") || output.contains("Address already in use");
            server.close();
            if (!portTaken || attempt == 3) {
                fail("the server did not become ready; its output:\n" + output);
            }
        }
    }

    private static ServerProcess launch(Path database, int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "io.bindung.Main", "serve", "--db", "jdbc:sqlite:" + database, "--port", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("BINDUNG_"));
        env.put("BINDUNG_ADMIN_KEY", ADMIN_KEY);
        env.put("BINDUNG_ACCESS_LOG", "false");
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "kill-" + process.pid()));
        return new ServerProcess(process, port, log);
    }

    private boolean awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/health/ready"))).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** A request to this server as the admin. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + ADMIN_KEY);
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public Process process() {
        return process;
    }

    /** Sends SIGKILL, as a crash would. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Sends SIGTERM, as an orchestrator stopping the node would. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and answers its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the server process did not exit within " + timeout + "; its output:\n" + log());
        }
        return process.exitValue();
    }

    /** The last few thousand characters the server printed. */
    public String log() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
