package io.plakar.legal.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One server of a test that runs several side by side, started as its image starts it and
 * stopped as a container runtime stops it: WildFly ({@link LocalServer}) or Payara
 * ({@link PayaraDomain}).
 */
interface Replica {

    String name();

    /** The HTTP port, on 127.0.0.1. */
    int port();

    void start() throws IOException;

    /** Waits until /health answers 200. */
    void awaitReady() throws InterruptedException;

    /** Whether the launch script or the JVM it started still runs. */
    boolean isRunning();

    /** SIGTERM to the launch script alone, as a container runtime sends it to its first process. */
    void sendSigterm();

    /** Waits until the launch script and the JVM have exited; false if they still run after the timeout. */
    boolean awaitExit(Duration timeout) throws InterruptedException;

    /** Stops the server, by force if it does not exit within a minute. */
    void stop() throws InterruptedException;

    default HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        return LocalServer.get(port(), path, headers);
    }
}
