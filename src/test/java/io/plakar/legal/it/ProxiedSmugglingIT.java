package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request-smuggling probes ({@link SmugglingProbes}) through the proxy the project ships:
 * Debian's nginx with docker/nginx.conf in front of the server under test (WildFly, or Payara
 * with -Ppayara). nginx keeps its upstream connections alive, so a desync would show as a wrong
 * answer to the next, ordinary request: each probe must be refused (by nginx, or by the server
 * behind it) with a single answer, nginx must never take the hidden request for one of its own,
 * and the next requests must get their own answers.
 */
@ExtendWith(ArquillianExtension.class)
class ProxiedSmugglingIT {

    private static final int NGINX_PORT = 8490;
    /** nginx refuses a transfer coding it does not know with 501 (RFC 9112 6.1), bad framing with 400. */
    private static final Set<Integer> REFUSED = Set.of(400, 501);

    private static Nginx nginx;

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @BeforeAll
    static void noNginxYet() {
        nginx = null;
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SmugglingProbes#all")
    void isRefusedThroughNginxAndTheNextRequestGetsItsOwnAnswer(SmugglingProbes.Probe probe) throws Exception {
        if (nginx == null) {
            String upstream = url.getHost() + ":" + url.getPort();
            nginx = Nginx.start(Path.of("target/proxied-smuggling").toAbsolutePath(), NGINX_PORT, upstream, upstream);
        }
        String host = "127.0.0.1:" + NGINX_PORT;
        // nginx may keep the visitor's connection open where it read the framing unambiguously
        // (then the hidden request was a body, and no answer follows): wait two seconds for one.
        RawHttp.Exchange exchange = RawHttp.exchange("127.0.0.1", NGINX_PORT, probe.bytes(host), 2_000);

        assertEquals(1, exchange.statuses().size(), "one answer only: " + probe + "\n" + exchange.text());
        assertTrue(REFUSED.contains(exchange.statuses().get(0)), probe + "\n" + exchange.text());

        for (int i = 0; i < 4; i++) { // more than one upstream connection may be kept alive
            RawHttp.Exchange next = RawHttp.exchange("127.0.0.1", NGINX_PORT,
                    ("GET /health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(), 5_000);
            assertEquals(List.of(200), next.statuses(), "after " + probe + "\n" + next.text());
            assertTrue(next.text().endsWith("ready\n"), next.text());
        }
        assertFalse(nginx.accessLog().contains(SmugglingProbes.SMUGGLED_PATH), "nginx passed the hidden request on: " + probe);
    }
}
