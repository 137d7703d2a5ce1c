package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.ServerJars;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * docker/payara/Dockerfile, built and run as deploy/kubernetes/overlays/payara runs it (see
 * {@link ImageIT}), and what the image keeps of Payara's defaults: none of its identifying
 * headers, no MicroProfile endpoint, the administration listener on loopback, the tested Mojarra.
 * Runs in {@code mvn verify -Ppayara}.
 */
class PayaraImageIT extends ImageIT {

    /** How Mojarra names itself when it starts: "Initializing Mojarra 4.0.14 for context ''". */
    private static final Pattern MOJARRA = Pattern.compile("Mojarra (\\d[\\w.-]*)");
    /** The administration port, in the hexadecimal of /proc/net/tcp. */
    private static final String ADMIN_PORT = String.format(Locale.ROOT, ":%04X", 4848);

    @BeforeAll
    static void buildAndStart() throws Exception {
        buildAndStart(new Server("payara", Path.of("docker/payara/Dockerfile"), Path.of("deploy/kubernetes/overlays/payara"), 18081));
    }

    /** The domain folder: the pre-boot commands edit domain.xml, the server writes its caches and logs there. */
    @Override
    String volumeTheServerNeeds() {
        return "domain";
    }

    @Test
    @Order(5)
    void noServerDetailsNoMicroProfileEndpointsAndTheTestedMojarra() {
        HttpResponse<byte[]> page = get(SiteClient.pages().values().iterator().next());
        assertEquals(List.of(), page.headers().allValues("Server"));
        assertEquals(List.of(), page.headers().allValues("X-Powered-By"));
        assertEquals(List.of("DENY"), page.headers().allValues("X-Frame-Options"));
        for (String endpoint : List.of("/metrics", "/openapi")) {
            assertNotEquals(200, get(endpoint).statusCode(), endpoint + " should not be served");
        }
        Matcher mojarra = MOJARRA.matcher(Podman.podman("logs", container).output());
        assertTrue(mojarra.find(), "no Mojarra in the server's log");
        assertTrue(ServerJars.compare(mojarra.group(1), System.getProperty("mojarra.version")) >= 0, "Mojarra " + mojarra.group(1));
    }

    /** The administration listener (console, REST interface) listens on 127.0.0.1 only. */
    @Test
    @Order(6)
    void theAdministrationListenerListensOnLoopbackOnly() {
        List<String> listening = Podman.podman("exec", container, "bash", "-c", "cat /proc/net/tcp /proc/net/tcp6").orFail("reading /proc/net/tcp")
                .output().lines().map(String::strip).map(line -> line.split("\\s+")).filter(fields -> fields.length > 3)
                .filter(fields -> fields[3].equals("0A") && fields[1].endsWith(ADMIN_PORT)).map(fields -> fields[1]).toList();
        assertFalse(listening.isEmpty(), "nothing listens on 4848");
        // 127.0.0.1, in IPv4 or as an IPv4-mapped IPv6 address (::ffff:127.0.0.1)
        assertTrue(listening.stream().allMatch(socket -> socket.equals("0100007F" + ADMIN_PORT)
                || socket.equals("0000000000000000FFFF00000100007F" + ADMIN_PORT)), "sockets listening on 4848 (hexadecimal address:port): " + listening);
    }
}
