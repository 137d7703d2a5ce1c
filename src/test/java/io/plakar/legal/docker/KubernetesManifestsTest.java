package io.plakar.legal.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.plakar.legal.Dockerfiles;
import io.plakar.legal.Drain;
import io.plakar.legal.Kustomize;
import io.plakar.legal.site.Config;
import io.plakar.legal.http.HealthServlet;

import jakarta.servlet.annotation.WebServlet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes}, without a cluster: each is parsed
 * with fabric8's Kubernetes model, and each overlay is built as {@code kubectl apply -k} builds
 * it (the base, the overlay's strategic-merge patch of the Deployment, its image), for what
 * kustomize features the overlays use; an unknown one fails the test rather than being ignored.
 * What must stay true: the probes ask for the path and port the site serves its health on, the
 * images are those the Dockerfiles build, tagged with the pom's version, the settings are ones
 * the site reads, the grace period covers the pre-stop pause and the drain, and only the HTTP
 * port is reachable.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");

    /** Every manifest is a Kubernetes object of a kind the model knows, and every patch a partial one. */
    @Test
    void everyManifestIsAnObjectOfAKindTheModelKnows() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            manifests = files.filter(file -> file.toString().endsWith(".yaml") && !file.endsWith("kustomization.yaml")).sorted().toList();
        }
        assertTrue(manifests.size() >= 8, "manifests: " + manifests);
        for (Path manifest : manifests) {
            Object object = Serialization.unmarshal(Files.readString(manifest));
            assertInstanceOf(HasMetadata.class, object, manifest.toString());
            assertFalse(object instanceof GenericKubernetesResource, manifest + ": a kind the model does not know");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wildfly", "payara"})
    void theProbesAskForThePathAndPortTheSiteServesItsHealthOn(String server) throws Exception {
        Container site = site(overlay(server).deployment());
        String health = HealthServlet.class.getAnnotation(WebServlet.class).value()[0];
        int exposed = Integer.parseInt(Dockerfiles.instructions(DockerFilesTest.DOCKER.resolve(server + "/Dockerfile"), "EXPOSE").get(0).get(0));
        for (Probe probe : List.of(site.getStartupProbe(), site.getReadinessProbe(), site.getLivenessProbe())) {
            assertNotNull(probe.getHttpGet(), "an HTTP probe");
            assertEquals(health, probe.getHttpGet().getPath());
            assertEquals(exposed, port(site, probe.getHttpGet().getPort().getStrVal()), "the port the image exposes");
        }
        assertEquals(1, site.getReadinessProbe().getFailureThreshold(), "out of the Service at the first 503 of a draining server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wildfly", "payara"})
    void theImageIsTheOneItsDockerfileBuildsTaggedWithThePomVersion(String server) throws Exception {
        Overlay overlay = overlay(server);
        Path dockerfile = DockerFilesTest.DOCKER.resolve(server + "/Dockerfile");
        Matcher built = Pattern.compile("docker build -f " + Pattern.quote("docker/" + server + "/Dockerfile") + " -t (\\S+) \\.")
                .matcher(Files.readString(dockerfile));
        assertTrue(built.find(), dockerfile + " should say how it is built");
        String version = projectVersion();
        for (Container container : containers(overlay.deployment())) {
            assertEquals(built.group(1) + ":" + version, container.getImage(), container.getName());
        }
        String serverVersion = server.equals("wildfly") ? DockerFilesTest.pomProperty("wildfly.version") : DockerFilesTest.pomProperty("payara.version");
        String component = overlay.deployment().getSpec().getTemplate().getMetadata().getLabels().get("app.kubernetes.io/component");
        assertEquals(server + "-" + serverVersion, component, "the pods name the server version tested");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wildfly", "payara"})
    void theSettingsAreTheOnesTheSiteReads(String server) throws Exception {
        Set<String> settings = siteSettings();
        Map<String, String> env = site(overlay(server).deployment()).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        Set<String> ours = env.keySet().stream().filter(name -> name.startsWith("LEGAL_")).collect(Collectors.toSet());
        assertEquals(Set.of(), ours.stream().filter(name -> !settings.contains(name)).collect(Collectors.toSet()), "not read by the site");
        assertFalse(ours.contains("LEGAL_I18N_DIR"), "live preview is not for production");
        assertEquals(Set.of("LEGAL_BASE_URL", "LEGAL_DEFAULT_LANGUAGE", "LEGAL_CACHE_SECONDS"), ours, "the images' settings");
        Set<String> serverOwn = env.keySet().stream().filter(name -> !name.startsWith("LEGAL_")).collect(Collectors.toSet());
        assertEquals(server.equals("wildfly") ? Set.of("LAUNCH_JBOSS_IN_BACKGROUND") : Set.of("HOME"), serverOwn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wildfly", "payara"})
    void theGracePeriodCoversThePreStopPauseAndTheDrain(String server) throws Exception {
        PodSpec pod = overlay(server).deployment().getSpec().getTemplate().getSpec();
        List<String> preStop = site(overlay(server).deployment()).getLifecycle().getPreStop().getExec().getCommand();
        assertEquals("sleep", preStop.get(0));
        long pause = Long.parseLong(preStop.get(1));
        assertTrue(pod.getTerminationGracePeriodSeconds() > pause + Drain.BUDGET.toSeconds(),
                "grace period " + pod.getTerminationGracePeriodSeconds() + " s, pause " + pause + " s, drain up to " + Drain.BUDGET.toSeconds() + " s");
        Matcher suspend = Pattern.compile("org\\.wildfly\\.sigterm\\.suspend\\.timeout:write-attribute\\(name=value, value=(\\d+)\\)")
                .matcher(Files.readString(Path.of("src/main/wildfly/configure.cli")));
        assertTrue(suspend.find(), "configure.cli sets WildFly's suspend timeout on SIGTERM");
        assertTrue(Integer.parseInt(suspend.group(1)) < Drain.BUDGET.toSeconds(), "the drain budget covers WildFly's suspend timeout");
    }

    /** Non-root, read-only root file system, and a writable volume on every folder the server writes to. */
    @ParameterizedTest
    @ValueSource(strings = {"wildfly", "payara"})
    void thePodsRunAsNonRootOnAReadOnlyRootWithVolumesWhereTheServerWrites(String server) throws Exception {
        Deployment deployment = overlay(server).deployment();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0);
        for (Container container : containers(deployment)) {
            assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem(), container.getName());
            assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation(), container.getName());
            assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop(), container.getName());
            assertNotNull(container.getResources().getLimits().get("memory"), container.getName() + ": a memory limit");
            assertNotNull(container.getResources().getRequests().get("cpu"), container.getName() + ": a CPU request (the autoscaler needs it)");
        }
        Set<String> emptyDirs = pod.getVolumes().stream().filter(volume -> volume.getEmptyDir() != null).map(volume -> volume.getName())
                .collect(Collectors.toSet());
        Set<String> writable = site(deployment).getVolumeMounts().stream().filter(mount -> emptyDirs.contains(mount.getName()))
                .map(VolumeMount::getMountPath).collect(Collectors.toSet());
        List<String> written = server.equals("wildfly")
                ? Stream.of("configuration", "deployments", "data", "log", "tmp").map(folder -> "/opt/wildfly/standalone/" + folder).toList()
                : List.of("/opt/payara/appserver/glassfish/domains/domain1", "/opt/payara/config");
        for (String folder : written) {
            assertTrue(writable.contains(folder), folder + " should be a writable volume: " + writable);
        }
        assertTrue(writable.contains("/tmp"), "the JVM's temporary files");
        Matcher uid = Pattern.compile("useradd .*--uid (\\d+) --gid (\\d+)").matcher(Files.readString(DockerFilesTest.DOCKER.resolve(server + "/Dockerfile")));
        assertTrue(uid.find(), "the image's user");
        assertEquals(Long.parseLong(uid.group(1)), pod.getSecurityContext().getRunAsUser(), "the image's user");
        assertEquals(Long.parseLong(uid.group(2)), pod.getSecurityContext().getRunAsGroup(), "the image's user's group");
    }

    @Test
    void onlyTheHttpPortIsReachable() throws Exception {
        Overlay base = overlay("wildfly");
        NetworkPolicy policy = base.get(NetworkPolicy.class);
        Map<String, String> podLabels = base.deployment().getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()), "the policy selects the pods");
        assertEquals(List.of("Ingress"), policy.getSpec().getPolicyTypes());
        assertEquals(1, policy.getSpec().getIngress().size());
        assertEquals(List.of(8080), policy.getSpec().getIngress().get(0).getPorts().stream().map(port -> port.getPort().getIntVal()).toList());
        assertEquals(8080, port(site(base.deployment()), "http"));
        assertEquals(List.of("http"), site(base.deployment()).getPorts().stream().map(ContainerPort::getName).toList(), "one port");
    }

    @Test
    void theServiceIngressBudgetAndAutoscalerAimAtTheDeployment() throws Exception {
        Overlay overlay = overlay("wildfly");
        Deployment deployment = overlay.deployment();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Service service = overlay.get(Service.class);
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()));
        assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        Ingress ingress = overlay.get(Ingress.class);
        ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            assertEquals(service.getMetadata().getName(), path.getBackend().getService().getName());
            assertEquals(service.getSpec().getPorts().get(0).getName(), path.getBackend().getService().getPort().getName());
        }));
        PodDisruptionBudget budget = overlay.get(PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
        HorizontalPodAutoscaler autoscaler = overlay.get(HorizontalPodAutoscaler.class);
        assertEquals(deployment.getMetadata().getName(), autoscaler.getSpec().getScaleTargetRef().getName());
        assertEquals(deployment.getSpec().getReplicas(), autoscaler.getSpec().getMinReplicas(), "the autoscaler keeps the replicas");
        assertTrue(budget.getSpec().getMaxUnavailable().getIntVal() < autoscaler.getSpec().getMinReplicas() - 1,
                "two replicas at least serve during a disruption");
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                "a rolling update stops no pod before its replacement is ready");
    }

    /** An overlay as kustomize builds it: its objects by kind. */
    record Overlay(List<HasMetadata> objects) {

        Deployment deployment() {
            return get(Deployment.class);
        }

        <T extends HasMetadata> T get(Class<T> kind) {
            List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
            assertEquals(1, found.size(), kind.getSimpleName());
            return found.get(0);
        }
    }

    static Overlay overlay(String name) throws IOException {
        List<Map<String, Object>> objects = Kustomize.build(KUBERNETES.resolve("overlays").resolve(name));
        List<HasMetadata> typed = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            typed.add(Serialization.unmarshal(Serialization.asJson(object)));
        }
        return new Overlay(typed);
    }

    private static Container site(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one container");
        return containers.get(0);
    }

    private static List<Container> containers(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        List<Container> all = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            all.addAll(pod.getInitContainers());
        }
        return all;
    }

    private static int port(Container container, String name) {
        return container.getPorts().stream().filter(port -> name.equals(port.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no port " + name)).getContainerPort();
    }

    /** The environment variables of the settings {@link Config} reads (legal.base-url: LEGAL_BASE_URL…). */
    private static Set<String> siteSettings() throws IllegalAccessException {
        Set<String> names = new java.util.HashSet<>();
        for (Field field : Config.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add(((String) field.get(null)).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
        }
        if (names.isEmpty()) {
            fail("Config names no setting");
        }
        return names;
    }

    /** The pom's own version: the version of the WAR the images hold. */
    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("</parent>|<artifactId>legal-notice</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find() && version.group(1) != null, "the pom's version");
        return version.group(1);
    }
}
