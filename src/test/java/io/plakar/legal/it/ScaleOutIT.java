package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.plakar.legal.I18nCopy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out without stickiness: two instances of the provisioned server (target/server, as
 * `mvn package` leaves it, which is what docker/wildfly/Dockerfile builds: the same
 * configuration script, ROOT.war in the deployments folder, settings from the environment)
 * side by side serve byte-identical pages with identical ETags, also after a restart; nginx
 * with docker/nginx.conf (its addresses and paths rewritten to this machine) balances them,
 * caches pages and survives the loss of one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Path WORK = Path.of("target/scale-out").toAbsolutePath();
    private static final int NGINX_PORT = 8480;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private final Instance first = new Instance("first", 200);
    private final Instance second = new Instance("second", 300);
    private Nginx nginx;

    /** One server: the provisioned binaries on a base directory of its own, on its own ports. */
    private static final class Instance {
        final String name;
        final int port;
        final int offset;
        final Path base;
        Process process;

        Instance(String name, int offset) {
            this.name = name;
            this.offset = offset;
            this.port = 8080 + offset;
            this.base = WORK.resolve(name);
        }

        void start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(Path.of("target/server/bin/standalone.sh").toAbsolutePath().toString(),
                    "-b", "127.0.0.1", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset)
                    .redirectErrorStream(true).redirectOutput(WORK.resolve(name + ".console.log").toFile());
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            builder.environment().put("LEGAL_BASE_URL", "https://legal.example.org"); // configured as a container is
            process = builder.start();
        }

        void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                try {
                    if (get("/health", Map.of()).statusCode() == 200) {
                        return;
                    }
                } catch (UncheckedIOException e) {
                    // not listening yet
                }
                assertTrue(process.isAlive(), name + " exited; see " + WORK.resolve(name + ".console.log"));
                Thread.sleep(200);
            }
            throw new AssertionError(name + " not ready within 180 s");
        }

        void stop() throws InterruptedException {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                process.waitFor(60, TimeUnit.SECONDS);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process = null;
            }
        }

        HttpResponse<byte[]> get(String path, Map<String, String> headers) {
            return ScaleOutIT.get(port, path, headers);
        }
    }

    @BeforeAll
    void startTwoInstances() throws Exception {
        I18nCopy.delete(WORK);
        for (Instance instance : List.of(first, second)) {
            I18nCopy.copyTree(Path.of("target/server/standalone"), instance.base);
            for (String transient_ : List.of("data", "log", "tmp")) {
                I18nCopy.delete(instance.base.resolve(transient_));
            }
            instance.start();
        }
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.stop();
        }
        first.stop();
        second.stop();
    }

    @Test
    @Order(1)
    void bothInstancesServeTheSameBytesAndEtagsAlsoAfterARestart() throws Exception {
        Map<String, byte[]> pages = new HashMap<>();
        Map<String, String> etags = new HashMap<>();
        for (String path : LanguagePagesIT.PAGES.values()) {
            for (String encoding : List.of("identity", "gzip")) {
                HttpResponse<byte[]> a = first.get(path, Map.of("Accept-Encoding", encoding));
                HttpResponse<byte[]> b = second.get(path, Map.of("Accept-Encoding", encoding));
                assertEquals(200, a.statusCode());
                assertArrayEquals(a.body(), b.body(), path + " " + encoding);
                assertEquals(etag(a), etag(b), path + " " + encoding);
                pages.put(path + encoding, a.body());
                etags.put(path + encoding, etag(a));
            }
        }
        second.stop();
        second.start();
        second.awaitReady();
        for (String path : LanguagePagesIT.PAGES.values()) {
            for (String encoding : List.of("identity", "gzip")) {
                HttpResponse<byte[]> b = second.get(path, Map.of("Accept-Encoding", encoding));
                assertArrayEquals(pages.get(path + encoding), b.body(), "after a restart: " + path + " " + encoding);
                assertEquals(etags.get(path + encoding), etag(b), "after a restart: " + path + " " + encoding);
                assertEquals(304, first.get(path, Map.of("Accept-Encoding", encoding, "If-None-Match", etag(b))).statusCode(),
                        "a tag from one instance is current on the other");
            }
        }
    }

    @Test
    @Order(2)
    void nginxBalancesTheInstancesWithTheShippedConfiguration() throws Exception {
        nginx = Nginx.start(WORK.resolve("nginx"), NGINX_PORT, "127.0.0.1:" + first.port, "127.0.0.1:" + second.port);

        for (int i = 0; i < 20; i++) {
            HttpResponse<byte[]> redirect = get(NGINX_PORT, "/", Map.of("Accept-Language", "de"));
            assertEquals(302, redirect.statusCode());
            assertEquals("/de/impressum", redirect.headers().firstValue("Location").orElseThrow());
        }
        String log = nginx.accessLog();
        assertTrue(log.contains("upstream=127.0.0.1:" + first.port), "the first instance got requests:\n" + log);
        assertTrue(log.contains("upstream=127.0.0.1:" + second.port), "the second instance got requests:\n" + log);

        HttpResponse<byte[]> page = get(NGINX_PORT, "/fr/mentions-legales", Map.of());
        assertEquals(200, page.statusCode());
        assertEquals(etag(first.get("/fr/mentions-legales", Map.of())), etag(page));
        HttpResponse<byte[]> cached = get(NGINX_PORT, "/fr/mentions-legales", Map.of());
        assertEquals("HIT", cached.headers().firstValue("X-Cache-Status").orElse(null));
        assertEquals(304, get(NGINX_PORT, "/fr/mentions-legales", Map.of("If-None-Match", etag(page))).statusCode());

        first.stop();
        for (int i = 0; i < 10; i++) {
            assertEquals(302, get(NGINX_PORT, "/", Map.of("Accept-Language", "nl")).statusCode(), "one instance down");
            assertEquals(200, get(NGINX_PORT, "/health", Map.of()).statusCode(), "one instance down");
        }
    }

    private static String etag(HttpResponse<?> response) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, response.uri().toString());
        return etag;
    }

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
