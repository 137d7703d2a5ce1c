package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One server of a test that runs several side by side, started by its image's start script and
 * stopped as a container runtime stops it (SIGTERM to that script): WildFly
 * ({@link LocalServer}) or Payara ({@link PayaraDomain}).
 */
abstract class Replica {

    private final Duration readyWithin;
    private Process process;

    /** @param readyWithin how long a start may take until /health answers 200 */
    Replica(Duration readyWithin) {
        this.readyWithin = readyWithin;
    }

    abstract String name();

    /** The HTTP port, on 127.0.0.1. */
    abstract int port();

    /** Where the start script's output goes. */
    abstract Path consoleLog();

    /** Starts the server's start script; the subclass hands the process to {@link #launched}. */
    abstract void start() throws IOException;

    /**
     * Statuses, besides 200 and 503, that a page may get from this server in the last
     * milliseconds of a stop, before its port closes: none unless the server says otherwise.
     */
    Set<String> lastMomentAnswers() {
        return Set.of();
    }

    final void launched(Process script) {
        this.process = script;
    }

    /** Waits until /health answers 200; fails if the script exits first, or after the start's time. */
    final void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + readyWithin.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            assertTrue(process.isAlive(), name() + " exited; see " + consoleLog());
            Thread.sleep(200);
        }
        throw new AssertionError(name() + " not ready within " + readyWithin.toSeconds() + " s; see " + consoleLog());
    }

    /** The server's JVM: the java process its start script launched. */
    final ProcessHandle jvm() {
        return process.descendants().filter(child -> child.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError(name() + ": no JVM under its start script"));
    }

    /** Whether the start script or the JVM it started still runs. */
    final boolean isRunning() {
        return process != null && (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive));
    }

    /**
     * Sends SIGTERM to the start script alone, as a container runtime does to its first process
     * ({@link Process#destroy()} sends SIGTERM): the script must pass it on to the JVM.
     */
    final void sendSigterm() {
        process.destroy();
    }

    /** Waits until the start script and the JVM have exited; false if they still run after the timeout. */
    final boolean awaitExit(Duration timeout) throws InterruptedException {
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

    /** Stops the server: SIGTERM to the whole tree, by force if it has not exited within a minute. */
    final void stop() throws InterruptedException {
        if (process != null) {
            List<ProcessHandle> tree = process.descendants().toList();
            tree.forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process = null;
        }
    }

    final HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        return LocalServer.get(port(), path, headers);
    }
}
