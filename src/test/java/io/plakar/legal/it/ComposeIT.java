package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docker/compose.yaml as it is, under podman-compose: two replicas of the WildFly image behind
 * nginx (Debian's nginx-light made into an image by docker/podman-setup.sh, the replicas built on
 * the Debian-made Java base: both through the file's own variables). A page through the front is
 * the page the same WAR serves outside the containers, and a replica stopped under load loses no
 * request. Podman does not wait for the health checks that {@code depends_on} names (see
 * docker/README.md): the test waits for them itself.
 */
@ExtendWith(ArquillianExtension.class)
class ComposeIT {

    private static final String PROJECT = "plakar-legal-it";
    private static final int PORT = 18090;
    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @BeforeAll
    static void up() throws InterruptedException {
        Podman.requireReady(Podman.JAVA_BASE, Podman.NGINX_BASE);
        compose("down", "--volumes");
        long start = System.nanoTime();
        compose("up", "--detach", "--build").orFail("podman-compose up");
        for (String site : List.of("site1", "site2")) {
            awaitHealthy(container(site));
        }
        ImageIT.report("compose: both replicas healthy %.1f s after podman-compose up", ImageIT.millisSince(start) / 1000.0);
    }

    @AfterAll
    static void down() {
        compose("down", "--volumes");
        Podman.podman("rmi", "plakar-legal-wildfly:latest"); // Compose's tag of the image; its layers are WildFlyImageIT's
    }

    @Test
    void aPageThroughTheFrontIsThePage() {
        for (String path : SiteClient.pages().values()) {
            HttpResponse<byte[]> front = send(URI.create("http://127.0.0.1:" + PORT + path));
            HttpResponse<byte[]> outside = send(URI.create(url.toExternalForm()).resolve(path));
            assertEquals(200, front.statusCode(), path);
            assertArrayEquals(outside.body(), front.body(), path + ": the same bytes through nginx");
            assertEquals(outside.headers().firstValue("ETag"), front.headers().firstValue("ETag"), path);
        }
        assertEquals("HIT", send(URI.create("http://127.0.0.1:" + PORT + SiteClient.pages().values().iterator().next()))
                .headers().firstValue("X-Cache-Status").orElse(null), "nginx's cache");
    }

    /** Three clients ask for pages (query strings defeat nginx's cache) while a replica is stopped as Compose stops it. */
    @Test
    void aReplicaStoppedUnderLoadLosesNoRequest() throws Exception {
        List<String> pages = new ArrayList<>(SiteClient.pages().values());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (long i = 0; running.get(); i++) {
                    String path = pages.get((int) (i % pages.size())) + "?c=" + client + "&i=" + i;
                    try {
                        int status = send(URI.create("http://127.0.0.1:" + PORT + path)).statusCode();
                        if (status != 200) {
                            failures.merge(path + " " + status, 1, Integer::sum);
                        }
                    } catch (UncheckedIOException e) {
                        failures.merge(path + " " + e.getCause(), 1, Integer::sum);
                    }
                    requests.incrementAndGet();
                }
            });
            thread.start();
            clients.add(thread);
        }
        Thread.sleep(2000);
        long before = requests.get();
        long start = System.nanoTime();
        Podman.podman("stop", "--time", "20", container("site1")).orFail("podman stop site1");
        long stopped = ImageIT.millisSince(start);
        long during = requests.get() - before;
        Thread.sleep(2000);
        running.set(false);
        for (Thread thread : clients) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertEquals("0", Podman.podman("inspect", "--format", "{{.State.ExitCode}}", container("site1")).trimmed(), "site1's exit status");
        assertEquals(Map.of(), failures, "requests that failed while site1 stopped");
        ImageIT.report("compose: %d requests through nginx, %d of them while site1 stopped (%d ms, exit status 0), none failed",
                requests.get(), during, stopped);
    }

    private static void awaitHealthy(String container) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (Podman.podman("healthcheck", "run", container).status() == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        fail(container + " not healthy within 240 s; its log:\n" + Podman.podman("logs", "--tail", "40", container).output());
    }

    /** podman-compose names a service's container project_service_1. */
    private static String container(String service) {
        return PROJECT + "_" + service + "_1";
    }

    private static Podman.Result compose(String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman-compose", "--project-name", PROJECT, "--file", "docker/compose.yaml"));
        command.addAll(List.of(arguments));
        // BUILDAH_FORMAT: podman-compose builds OCI images otherwise, which drop the HEALTHCHECK
        return Podman.run(command, 600, Map.of("BUILDAH_FORMAT", "docker", "JAVA_BASE_IMAGE", Podman.JAVA_BASE, "NGINX_IMAGE", Podman.NGINX_BASE,
                "LEGAL_BASE_URL", SiteClient.BASE_URL, "LEGAL_PORT", String.valueOf(PORT)));
    }

    private static HttpResponse<byte[]> send(URI uri) {
        return ImageIT.send(uri); // the image tests' client: HTTP/1.1, no redirects followed
    }
}
