package io.plakar.legal;

import java.time.Duration;

/**
 * How long a server takes to drain: from SIGTERM to the end of its process, requests in flight
 * completed. {@code RollingRestartIT} measures it and fails above {@link #BUDGET};
 * {@code KubernetesManifestsTest} requires the pods' grace period to exceed the pre-stop pause
 * plus this budget, and {@code DockerFilesTest} Compose's stop_grace_period to exceed it.
 */
public final class Drain {

    /**
     * The longest drain allowed: WildFly's suspend timeout on SIGTERM (10 s, configure.cli), the
     * most a request in flight may take, plus 5 s to stop the services. Measured by
     * RollingRestartIT on 2 shared cores (see deploy/kubernetes/README.md): well under it.
     */
    public static final Duration BUDGET = Duration.ofSeconds(15);

    private Drain() {
    }
}
