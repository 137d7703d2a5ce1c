package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.I18nLayout;

import org.junit.jupiter.api.Test;

/**
 * A defect in the packaged {@code i18n/} stops the deployment, with the file and line at fault,
 * as an operator meets it: the provisioned server (target/server, as the image runs it) with one
 * unknown fact added to the original in its copy of the site (ROOT.war, unpacked). The site is not
 * served at all, rather than served without the broken text or failing on its first request.
 */
class BrokenContentIT {

    private static final Path WORK = Path.of("target/broken-content").toAbsolutePath();
    private static final String DEFECT = "{{no.such.fact}}";

    @Test
    void aDefectInThePackagedContentStopsTheDeploymentNamingFileAndLine() throws Exception {
        I18nCopy.delete(WORK);
        LocalServer server = new LocalServer(WORK, "broken", 450, Map.of("LEGAL_BASE_URL", "https://legal.example.org"));
        String document = I18nLayout.document(I18nLayout.ORIGINAL);
        Path original = server.deployments().resolve("ROOT.war/WEB-INF/i18n").resolve(document);
        String text = Files.readString(original);
        String broken = text + (text.endsWith("\n") ? "" : "\n") + "\n" + DEFECT + "\n";
        Files.writeString(original, broken);
        int line = broken.substring(0, broken.indexOf(DEFECT)).split("\n", -1).length;

        Path failed = server.deployments().resolve("ROOT.war.failed");
        Path deployed = server.deployments().resolve("ROOT.war.deployed");
        server.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!Files.exists(failed) && !Files.exists(deployed) && System.nanoTime() < deadline) {
                assertTrue(server.isRunning(), "the server exited; see " + server.consoleLog());
                Thread.sleep(100);
            }
            assertFalse(Files.exists(deployed), "the site was deployed with " + DEFECT + " in " + document);
            assertTrue(Files.exists(failed), "no deployment outcome within 180 s; see " + server.consoleLog());
            String why = Files.readString(failed);
            assertTrue(why.contains("i18n/" + document + ":" + line + ": ") && why.contains(DEFECT),
                    "the failure should name i18n/" + document + ", line " + line + ", and the unknown fact: " + why);
            // No site: the server's own answer for a host without an application (configure.cli).
            assertEquals(503, server.get("/health", Map.of()).statusCode(), "nothing of the site should be served");
        } finally {
            server.stop();
        }
    }
}
