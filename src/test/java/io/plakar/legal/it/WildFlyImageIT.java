package io.plakar.legal.it;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;

/**
 * docker/wildfly/Dockerfile, built and run as deploy/kubernetes/overlays/wildfly runs it (see
 * {@link ImageIT}). Runs in {@code mvn verify}.
 */
class WildFlyImageIT extends ImageIT {

    @BeforeAll
    static void buildAndStart() throws Exception {
        buildAndStart(new Server("wildfly", Path.of("docker/wildfly/Dockerfile"), Path.of("deploy/kubernetes/overlays/wildfly"), 18080));
    }

    /** The server's data folder: the content repository, the transaction and timer stores. */
    @Override
    String volumeTheServerNeeds() {
        return "data";
    }
}
