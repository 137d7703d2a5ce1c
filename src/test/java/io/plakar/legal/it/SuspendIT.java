package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WildFly only: a suspended server (graceful shutdown, draining from a load balancer) answers
 * 503 to every request, pages already served included, which Undertow's fast path would
 * otherwise send before the request controller sees them; resumed, it serves them again.
 */
@ExtendWith(ArquillianExtension.class)
class SuspendIT {

    private static final Path CLI = Path.of("target/server/bin/jboss-cli.sh").toAbsolutePath();
    /** Every language's page, as i18n/ has them. */
    private static final Collection<String> PAGES = SiteClient.pages().values();

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @Test
    void aSuspendedServerAnswers503EvenForPagesAlreadyServed() throws Exception {
        for (String page : PAGES) {
            assertEquals(200, RawHttp.send(url, "GET", page).status()); // rendered, and published for the fast path
        }
        cli(":suspend");
        try {
            for (String page : PAGES) {
                assertEquals(503, RawHttp.send(url, "GET", page).status(), page);
                assertEquals(503, RawHttp.send(url, "HEAD", page, "Accept-Encoding: gzip").status(), page);
                assertEquals(503, RawHttp.send(url, "GET", page + "?via=servlet").status(), page);
            }
        } finally {
            cli(":resume");
        }
        for (String page : PAGES) {
            assertEquals(200, RawHttp.send(url, "GET", page).status(), page);
        }
    }

    private void cli(String operation) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(CLI.toString(), "--controller=" + url.getHost() + ":9990", "-c", "--command=" + operation)
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), operation + " did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), operation + ": " + output);
        assertTrue(output.contains("success"), operation + ": " + output);
    }
}
