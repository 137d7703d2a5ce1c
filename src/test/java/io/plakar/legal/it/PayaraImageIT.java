package io.plakar.legal.it;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;

/**
 * docker/payara/Dockerfile, built and run as deploy/kubernetes/overlays/payara runs it (see
 * {@link ImageIT}). Runs in {@code mvn verify -Ppayara}.
 */
class PayaraImageIT extends ImageIT {

    @BeforeAll
    static void buildAndStart() throws Exception {
        buildAndStart(new Server("payara", Path.of("docker/payara/Dockerfile"), Path.of("deploy/kubernetes/overlays/payara"), 18081));
    }

    /** The domain folder: the pre-boot commands edit domain.xml, the server writes its caches and logs there. */
    @Override
    String volumeTheServerNeeds() {
        return "domain";
    }
}
