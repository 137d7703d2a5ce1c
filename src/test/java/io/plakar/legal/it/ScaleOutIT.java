package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * side by side map the build's class-data archive and serve byte-identical pages with identical
 * ETags, also after a restart; nginx
 * with docker/nginx.conf (its addresses and paths rewritten to this machine) balances them,
 * caches pages and survives the loss of one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Path WORK = Path.of("target/scale-out").toAbsolutePath();
    private static final int NGINX_PORT = 8480;
    /** Configured as a container is. */
    private static final Map<String, String> SETTINGS = Map.of("LEGAL_BASE_URL", "https://legal.example.org");

    private LocalServer first;
    private LocalServer second;
    private Nginx nginx;

    @BeforeAll
    void startTwoInstances() throws Exception {
        I18nCopy.delete(WORK);
        first = new LocalServer(WORK, "first", 200, SETTINGS);
        second = new LocalServer(WORK, "second", 300, SETTINGS);
        first.start();
        second.start();
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.stop();
        }
        if (first != null) {
            first.stop();
        }
        if (second != null) {
            second.stop();
        }
    }

    /**
     * Started as an operator starts target/server, each instance maps the class-data archive that
     * {@code mvn package} trained for it (a JVM that cannot use an archive drops it without a word).
     */
    @Test
    @Order(0)
    void eachInstanceMapsTheClassDataArchiveTheBuildTrained() throws IOException {
        Path archive = Path.of("target/server/cds/site.jsa").toRealPath();
        for (LocalServer server : List.of(first, second)) {
            List<String> maps = Files.readAllLines(Path.of("/proc", String.valueOf(server.jvm().pid()), "maps"));
            assertTrue(maps.stream().anyMatch(line -> line.endsWith(" " + archive)), server.name() + " should map " + archive);
        }
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

    private static HttpResponse<byte[]> get(int port, String path, Map<String, String> headers) {
        return LocalServer.get(port, path, headers);
    }
}
