package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.plakar.legal.Kustomize;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The WildFly overlay, rendered, given to {@code podman kube play}: podman's own reading of the
 * manifest (not the test's, as in {@link ImageIT}) runs the init container, the {@code emptyDir}
 * volumes, the user, the read-only root, the dropped capabilities, no privilege escalation and the
 * memory limit, and the site answers. The Deployment's pod template is played as one Pod with
 * {@code restartPolicy: Never}, its port published on loopback: podman 4.3 starts as many pods as
 * replicas, publishes each container port on the host, and reruns an init container forever
 * under {@code Always} (podman#16343). What kube
 * play ignores (Service, Ingress, probes, preStop…) is listed in deploy/kubernetes/README.md.
 */
class KubePlayIT {

    private static final Path OVERLAY = Path.of("deploy/kubernetes/overlays/wildfly");
    private static final Path POD = Path.of("target/kube-play/pod.yaml");
    private static final String NAME = "plakar-legal-it-kube";
    private static final int HOST_PORT = 18082;

    @AfterAll
    static void down() {
        if (Files.exists(POD)) {
            Podman.podman("kube", "down", POD.toString());
        }
        Podman.removeContainer(NAME);
    }

    @Test
    @SuppressWarnings("unchecked")
    void podmanRunsTheOverlaysPodWithItsSecurityContext() throws Exception {
        Podman.requireReady(Podman.JAVA_BASE);
        Map<String, Object> rendered = Kustomize.build(OVERLAY).stream().filter(object -> "Deployment".equals(object.get("kind"))).findFirst()
                .orElseThrow();
        Deployment deployment = Serialization.unmarshal(Serialization.asJson(rendered), Deployment.class);
        Container site = ImageIT.site(deployment);
        ImageIT.build(Path.of("docker/wildfly/Dockerfile"), site.getImage());

        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) rendered.get("spec")).get("template");
        Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) template.get("spec"));
        spec.put("restartPolicy", "Never");
        // podman 4.3 publishes every containerPort on the same port of every host address
        // (podman#17028, changed in 4.7): here on loopback, on a port of the test's own.
        for (Map<String, Object> container : (List<Map<String, Object>>) spec.get("containers")) {
            for (Map<String, Object> port : (List<Map<String, Object>>) container.get("ports")) {
                port.put("hostPort", HOST_PORT);
                port.put("hostIP", "127.0.0.1");
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) template.get("metadata"));
        metadata.put("name", NAME);
        Map<String, Object> pod = new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "Pod"));
        pod.put("metadata", metadata);
        pod.put("spec", spec);
        Files.createDirectories(POD.getParent());
        Files.writeString(POD, Serialization.asYaml(pod), StandardCharsets.UTF_8);

        Podman.podman("kube", "down", POD.toString());
        long start = System.nanoTime();
        Podman.podman("kube", "play", POD.toString()).orFail("podman kube play " + POD);

        String siteContainer = NAME + "-" + site.getName();
        String initContainer = NAME + "-" + deployment.getSpec().getTemplate().getSpec().getInitContainers().get(0).getName();
        awaitHealth(siteContainer);
        ImageIT.report("kube play: %s healthy %.1f s after podman kube play", siteContainer, ImageIT.millisSince(start) / 1000.0);

        Podman.Result init = Podman.podman("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", initContainer);
        assertTrue(init.status() != 0 || init.trimmed().equals("exited 0"), "the init container: " + init.trimmed());
        String inspect = "{{.Config.User}}|{{.HostConfig.ReadonlyRootfs}}|{{.HostConfig.CapDrop}}|{{.HostConfig.CapAdd}}|{{.HostConfig.Memory}}|{{.HostConfig.SecurityOpt}}";
        String[] actual = Podman.podman("inspect", "--format", inspect, siteContainer).orFail("podman inspect").trimmed().split("\\|");
        long uid = deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
        long gid = deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsGroup();
        assertEquals(uid + ":" + gid, actual[0], "the user");
        assertEquals("true", actual[1], "a read-only root file system");
        assertTrue(actual[2].contains("CAP_NET_BIND_SERVICE") && actual[2].contains("CAP_CHOWN"), "every capability dropped: " + actual[2]);
        assertEquals("[]", actual[3], "no capability added");
        assertEquals(Quantity.getAmountInBytes(site.getResources().getLimits().get("memory")).toBigInteger().toString(), actual[4], "the memory limit");
        assertTrue(actual[5].contains("no-new-privileges"), "no privilege escalation: " + actual[5]);
        String id = Podman.podman("exec", siteContainer, "id", "-u").orFail("id").trimmed();
        assertEquals(String.valueOf(uid), id);
        assertEquals(200, ImageIT.send(java.net.URI.create("http://127.0.0.1:" + HOST_PORT + "/health")).statusCode(), "/health");
        Podman.Result write = Podman.podman("exec", siteContainer, "bash", "-c", "echo x > /opt/wildfly/written");
        assertTrue(write.status() != 0 && write.output().contains("Read-only file system"), "the root is read-only: " + write.output());
    }

    /** /health over bash's /dev/tcp, in the container: kube play drops the probes, and nothing else runs them here. */
    private static void awaitHealth(String container) throws Exception {
        String probe = "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3"
                + " && read -r -t 4 status <&3 && [[ $status == *' 200 '* ]]";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (Podman.podman("exec", container, "bash", "-c", probe).status() == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        fail(container + " not healthy within 180 s; its log:\n" + Podman.podman("logs", "--tail", "40", container).output());
    }
}
