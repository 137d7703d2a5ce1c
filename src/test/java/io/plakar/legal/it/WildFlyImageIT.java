package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * docker/wildfly/Dockerfile, built and run as deploy/kubernetes/overlays/wildfly runs it (see
 * {@link ImageIT}), and its class-data archive: trained while the image is built, mapped by the
 * JVM the image's CMD starts. Runs in {@code mvn verify}.
 */
class WildFlyImageIT extends ImageIT {

    /** Where the Dockerfile's training step writes the archive; the image's JAVA_CDS_OPTS names it. */
    private static final String ARCHIVE = "/opt/wildfly/cds/site.jsa";
    /** The host port of the second pod, started without the archive. */
    private static final int WITHOUT_ARCHIVE_PORT = 18089;

    @BeforeAll
    static void buildAndStart() throws Exception {
        buildAndStart(new Server("wildfly", Path.of("docker/wildfly/Dockerfile"), Path.of("deploy/kubernetes/overlays/wildfly"), 18080));
    }

    /** The server's data folder: the content repository, the transaction and timer stores. */
    @Override
    String volumeTheServerNeeds() {
        return "data";
    }

    /**
     * The image holds the archive its build trained, and the server's JVM, started by the image's
     * CMD under the overlay's constraints (read-only root), has it mapped: the JVM ignores an
     * archive silently when it does not match its JDK or class path, so its memory map is checked.
     */
    @Test
    @Order(5)
    void theServersJvmMapsTheClassDataArchiveTrainedWhenTheImageWasBuilt() {
        Podman.podman("exec", container, "test", "-s", ARCHIVE).orFail("the archive " + ARCHIVE + " in the image");
        assertEquals("-XX:SharedArchiveFile=" + ARCHIVE, Podman.podman("image", "inspect", "--format",
                "{{range .Config.Env}}{{println .}}{{end}}", image).trimmed().lines().filter(line -> line.startsWith("JAVA_CDS_OPTS="))
                .map(line -> line.substring("JAVA_CDS_OPTS=".length())).findFirst().orElse("none"), "the image's JAVA_CDS_OPTS");
        assertTrue(archiveMappings(container) > 0, "the server's JVM should map " + ARCHIVE);
    }

    /**
     * The same pod with JAVA_CDS_OPTS empty: the server starts without the archive (its JVM maps
     * none) and serves the same page; both start times are printed (the test does not judge
     * them: bench/start.sh measures them, alternated).
     */
    @Test
    @Order(6)
    void withoutTheArchiveTheServerStartsAndServesTheSamePage() throws Exception {
        String name = container + "-without-cds";
        Podman.removeContainer(name);
        try {
            long start = System.nanoTime();
            runPod(name, deployment, WITHOUT_ARCHIVE_PORT, null, Map.of("JAVA_CDS_OPTS", ""));
            awaitFirstPage(name, WITHOUT_ARCHIVE_PORT);
            long withoutMillis = millisSince(start);
            assertEquals(0, archiveMappings(name), "JAVA_CDS_OPTS= should start the JVM without the archive");
            String page = SiteClient.pages().values().iterator().next();
            assertEquals(new String(get(page).body()), new String(send(java.net.URI.create("http://127.0.0.1:" + WITHOUT_ARCHIVE_PORT + page)).body()),
                    page + ": the same page without the archive");
            report("%s: start to the first page %.1f s with the class-data archive, %.1f s without it (one start each, the init "
                    + "container included; bench/start.sh compares them alternated)", server.name(), startToFirstPageMillis / 1000.0,
                    withoutMillis / 1000.0);
        } finally {
            Podman.removeContainer(name);
        }
    }

    /** How many regions of the archive the JVM of a running container has mapped. */
    private static long archiveMappings(String name) {
        List<String> maps = Podman.podman("exec", name, "bash", "-c",
                "for s in /proc/[0-9]*/status; do grep -q '^Name:.*java' $s && cat ${s%status}maps; done; true").orFail("the JVM's memory map")
                .output().lines().toList();
        assertFalse(maps.isEmpty(), name + ": no JVM found");
        return maps.stream().filter(line -> line.endsWith(" " + ARCHIVE)).count();
    }
}
