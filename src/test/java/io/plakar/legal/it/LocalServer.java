package io.plakar.legal.it;

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
import java.util.Set;

import io.plakar.legal.I18nCopy;

/**
 * One WildFly from target/server, as `mvn package` leaves it and docker/wildfly/Dockerfile copies
 * it (the same configuration, ROOT.war in the deployments folder), on a base directory and ports
 * of its own, configured through the environment as a container is, started with
 * {@code standalone.sh} as the image's CMD does. Shared by the tests that run several servers
 * side by side, and home of the plain HTTP client they use.
 */
final class LocalServer extends Replica {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final int offset;
    private final Path work;
    private final Path base;
    private final Map<String, String> environment;

    /**
     * @param work        the folder of the test's servers; this one's base directory and console log go there
     * @param offset      WildFly's port offset: HTTP on 8080 + offset, management on 9990 + offset
     * @param environment the site's settings ({@code LEGAL_BASE_URL}…), as a container gets them
     */
    LocalServer(Path work, String name, int offset, Map<String, String> environment) throws IOException {
        super(Duration.ofSeconds(180));
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

    @Override
    String name() {
        return name;
    }

    @Override
    int port() {
        return port;
    }

    /**
     * 404: once WildFly has removed its virtual host, and before it closes its listener, Undertow
     * answers 404 (hard-coded in WildFly's undertow subsystem when the default host goes; the
     * host's {@code default-response-code} of 503 no longer applies), for a few milliseconds.
     * docker/nginx.conf and the Ingress retry it.
     */
    @Override
    Set<String> lastMomentAnswers() {
        return Set.of("404");
    }

    /**
     * Starts the server. {@code LAUNCH_JBOSS_IN_BACKGROUND} makes standalone.sh run the JVM as a
     * child, forward SIGTERM to it and wait for it, as it must as a container's first process.
     */
    @Override
    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of("target/server/bin/standalone.sh").toAbsolutePath().toString(),
                "-b", "127.0.0.1", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        builder.environment().putAll(environment);
        launched(builder.start());
    }

    /** This server's deployments folder, holding the site as {@code mvn package} deploys it: ROOT.war, unpacked. */
    Path deployments() {
        return base.resolve("deployments");
    }

    @Override
    Path consoleLog() {
        return work.resolve(name + ".console.log");
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
