package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.plakar.legal.I18nCopy;

/**
 * One WildFly from target/server, as `mvn package` leaves it and docker/wildfly/Dockerfile copies
 * it (the same configuration, ROOT.war in the deployments folder), on a base directory and ports
 * of its own, configured through the environment as a container is, started with
 * {@code standalone.sh} as the image's CMD does. Shared by the tests that run several servers
 * side by side, and home of the plain HTTP client they use.
 */
final class LocalServer implements Replica {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final int offset;
    private final Path work;
    private final Path base;
    private final Map<String, String> environment;
    private Process process;

    /**
     * @param work        the folder of the test's servers; this one's base directory and console log go there
     * @param offset      WildFly's port offset: HTTP on 8080 + offset, management on 9990 + offset
     * @param environment the site's settings ({@code LEGAL_BASE_URL}…), as a container gets them
     */
    LocalServer(Path work, String name, int offset, Map<String, String> environment) throws IOException {
        this.name = name;
        this.offset = offset;
        this.port = 8080 + offset;
        this.work = work;
        this.base = work.resolve(name);
        this.environment = environment;
        I18nCopy.copyTree(Path.of("target/server/standalone"), base);
        for (String transient_ : List.of("data", "log", "tmp")) {
            I18nCopy.delete(base.resolve(transient_));
        }
    }

    /**
     * Starts the server. {@code LAUNCH_JBOSS_IN_BACKGROUND} makes standalone.sh run the JVM as a
     * child, forward SIGTERM to it and wait for it, as it must as a container's first process.
     */
    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of("target/server/bin/standalone.sh").toAbsolutePath().toString(),
                "-b", "127.0.0.1", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        builder.environment().putAll(environment);
        process = builder.start();
    }

    Path consoleLog() {
        return work.resolve(name + ".console.log");
    }

    @Override
    public void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            assertTrue(process.isAlive(), name + " exited; see " + consoleLog());
            Thread.sleep(200);
        }
        throw new AssertionError(name + " not ready within 180 s");
    }

    /** Whether the launch script or the JVM it started still runs. */
    @Override
    public boolean isRunning() {
        return process != null && (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive));
    }

    /**
     * Sends SIGTERM to the launch script alone, as a container runtime does to its first process
     * ({@link Process#destroy()} sends SIGTERM): the script must pass it on to the JVM.
     */
    @Override
    public void sendSigterm() {
        process.destroy();
    }

    /** Waits until the launch script and the JVM have exited; false if they still run after the timeout. */
    @Override
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ProcessHandle> tree = process.descendants().toList();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive)) {
                process = null;
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Stops the server, by force if it does not exit within a minute. */
    @Override
    public void stop() throws InterruptedException {
        if (process != null) {
            List<ProcessHandle> tree = process.descendants().toList();
            tree.forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            tree.forEach(ProcessHandle::destroyForcibly);
            process = null;
        }
    }

    /** GET over HTTP/1.1 on loopback, following no redirect; an I/O error is thrown unchecked. */
    static HttpResponse<byte[]> get(int port, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
