package io.plakar.legal.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A server of the tests' own, on loopback, that they start and stop: WildFly ({@link LocalServer}) or Payara ({@link LocalPayara}). */
interface LocalInstance {

    String name();

    /** Its HTTP port. */
    int port();

    void start() throws IOException, InterruptedException;

    /** Waits until /health answers 200. */
    void awaitReady() throws InterruptedException;

    /** Whether its processes still run. */
    boolean isRunning();

    /** SIGTERM, as a container runtime sends it to the container's first process. */
    void sendSigterm();

    /** Waits until its processes have exited; false if they still run after the timeout. */
    boolean awaitExit(Duration timeout) throws InterruptedException;

    /** Stops it, by force if it does not exit within a minute. */
    void stop() throws InterruptedException;

    HttpResponse<byte[]> get(String path, Map<String, String> headers);
}
