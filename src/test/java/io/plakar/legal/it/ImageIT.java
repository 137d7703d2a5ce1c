package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.plakar.legal.Dockerfiles;
import io.plakar.legal.Kustomize;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server's image, built from its Dockerfile with podman and run as its Kubernetes overlay runs
 * it: the user, the read-only root file system, capabilities, privilege escalation, the memory
 * limit, the environment and a volume for each {@code emptyDir}, filled by the init containers
 * first, all read from the rendered manifests (deploy/kubernetes), not retyped here. The same WAR
 * is deployed by Arquillian on the server under test outside the container, to compare pages with.
 * <p>
 * The image is built on a Java 17 runtime made from Debian's packages (docker/podman-setup.sh),
 * not on the Dockerfile's default base, which no registry here serves: the tests say so.
 * Podman 4.3 runs health checks only on demand ({@code podman healthcheck run}), and Kubernetes'
 * probes and {@code preStop} are not run here (see deploy/kubernetes/README.md).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ImageIT {

    /** One server's image: its Dockerfile, its overlay, the host port the container is published on. */
    record Server(String name, Path dockerfile, Path overlay, int hostPort) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    /** A line of {@code podman diff}: what changed in the container's own layer. */
    private static final Pattern DIFF = Pattern.compile("([ACD]) (/.*)");
    /** What podman itself writes into every container's layer: mount points of its own files. */
    private static final Set<String> RUNTIME_FILES = Set.of("/etc", "/etc/hosts", "/etc/hostname", "/etc/resolv.conf", "/run",
            "/run/.containerenv", "/run/secrets", "/dev", "/proc", "/sys");

    static Server server;
    static Deployment deployment;
    static String image;
    static String container;
    static String baseUrl;
    static long startToFirstPageMillis;

    @ArquillianResource
    private URL url;

    @org.jboss.arquillian.container.test.api.Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    /** Builds the image and starts it as its overlay's pod: call from the subclass's {@code @BeforeAll}. */
    static void buildAndStart(Server theServer) throws Exception {
        server = theServer;
        Podman.requireReady(Podman.JAVA_BASE);
        deployment = overlay(server.overlay());
        image = site(deployment).getImage();
        container = "plakar-legal-it-" + server.name();
        Podman.removeContainer(container);

        build(server.dockerfile(), image);

        baseUrl = env(site(deployment)).get("LEGAL_BASE_URL");
        assertEquals(SiteClient.BASE_URL, baseUrl, "the manifests' LEGAL_BASE_URL: the pages are compared with a server configured with "
                + SiteClient.BASE_URL + " (arquillian.xml, the Payara profile)");
        long start = System.nanoTime();
        runPod(container, deployment, server.hostPort(), null);
        awaitFirstPage(container, server.hostPort());
        startToFirstPageMillis = millisSince(start);
        report("%s: start to the first page %.1f s (the init container included)", container, startToFirstPageMillis / 1000.0);
    }

    /**
     * Builds an image from a Dockerfile on the local Debian-made base, printing its build time and
     * size; the previous build's image under that name is removed.
     */
    static void build(Path dockerfile, String image) throws IOException {
        String defaultBase = Dockerfiles.instructions(dockerfile, "ARG").stream().map(arg -> arg.get(0))
                .filter(arg -> arg.startsWith("BASE_IMAGE=")).findFirst().orElseThrow(() -> new AssertionError(dockerfile
                        + " should take its base image as ARG BASE_IMAGE=<a public image>")).substring("BASE_IMAGE=".length());
        Podman.Result inspected = Podman.podman("image", "inspect", "--format", "{{.Id}}", image);
        String previous = inspected.status() == 0 ? inspected.trimmed() : "";
        long start = System.nanoTime();
        Podman.podman("build", "--format", "docker", "--build-arg", "BASE_IMAGE=" + Podman.JAVA_BASE, "-f", dockerfile.toString(),
                "-t", image, ".").orFail("podman build of " + dockerfile);
        long buildMillis = millisSince(start);
        if (!previous.isEmpty() && !previous.equals(Podman.podman("image", "inspect", "--format", "{{.Id}}", image).trimmed())) {
            Podman.podman("rmi", previous); // the previous run's image, now untagged: not kept from run to run
        }
        long size = Long.parseLong(Podman.podman("image", "inspect", "--format", "{{.Size}}", image).orFail("image inspect").trimmed());
        report("built %s from %s in %.1f s: %d MB, on the local base %s (made from Debian's packages by docker/podman-setup.sh; "
                + "the Dockerfile's default base is %s)", image, dockerfile, buildMillis / 1000.0, size / 1_000_000, Podman.JAVA_BASE,
                defaultBase);
    }

    @AfterAll
    static void removeTheContainers() {
        if (container != null) {
            Podman.removeContainer(container);
            Podman.removeContainer(container + "-missing-volume");
        }
    }

    @Test
    @Order(1)
    void healthAnswersReadyAndTheImagesHealthCheckPasses() {
        HttpResponse<byte[]> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ready\n", new String(health.body(), StandardCharsets.UTF_8));
        Podman.podman("healthcheck", "run", container).orFail("podman healthcheck run " + container + " (the Dockerfile's HEALTHCHECK)");
        assertEquals("healthy", Podman.podman("inspect", "--format", "{{.State.Health.Status}}", container).trimmed());
    }

    /**
     * Every language page, as i18n/ has them, is byte for byte the page the same WAR serves outside
     * the container, with the same ETag; its canonical and hreflang addresses are built from the
     * LEGAL_BASE_URL of the manifests (the image's default is another address).
     */
    @Test
    @Order(2)
    void everyLanguagePageIsThePageTheSameWarServesOutsideTheContainer() throws IOException {
        assertNotEquals(baseUrl, Dockerfiles.environment(server.dockerfile()).get("LEGAL_BASE_URL"), "the image's default must differ, or the test shows nothing");
        Map<String, String> pages = SiteClient.pages();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<byte[]> outside = send(URI.create(url.toExternalForm()).resolve(page.getValue()));
            HttpResponse<byte[]> inside = get(page.getValue());
            assertEquals(200, outside.statusCode(), page.getValue() + " outside");
            assertEquals(200, inside.statusCode(), page.getValue() + " in the container");
            assertArrayEquals(outside.body(), inside.body(), page.getValue() + ": the same bytes");
            assertEquals(outside.headers().firstValue("ETag"), inside.headers().firstValue("ETag"), page.getValue() + ": the same ETag");
            assertTrue(inside.headers().firstValue("ETag").isPresent(), page.getValue() + ": an ETag");

            Document html = Jsoup.parse(new String(inside.body(), StandardCharsets.UTF_8));
            Element canonical = html.selectFirst("link[rel=canonical]");
            assertNotNull(canonical, page.getValue() + ": a canonical link");
            assertEquals(baseUrl + page.getValue(), canonical.attr("href"), page.getValue() + ": canonical from LEGAL_BASE_URL");
            List<String> alternates = html.select("link[rel=alternate][hreflang]").eachAttr("href");
            assertTrue(alternates.containsAll(pages.values().stream().map(path -> baseUrl + path).toList()),
                    page.getValue() + ": one hreflang per language, from LEGAL_BASE_URL: " + alternates);
            assertTrue(alternates.stream().allMatch(href -> href.startsWith(baseUrl + "/")), page.getValue() + ": " + alternates);
        }
        report("%s: %d language pages byte for byte as outside, same ETags", container, pages.size());
        memory();
    }

    /**
     * The server wrote only into its volumes: the container's own layer holds nothing but podman's
     * mount points. (With the manifests' read-only root nothing else can be written; the check
     * stands for the day a manifest drops {@code readOnlyRootFilesystem}: what the server writes
     * outside its volumes then shows here.)
     */
    @Test
    @Order(3)
    void nothingIsWrittenOutsideTheVolumes() {
        Set<String> mountPoints = site(deployment).getVolumeMounts().stream().map(VolumeMount::getMountPath).collect(Collectors.toSet());
        List<String> written = new ArrayList<>();
        for (String line : Podman.podman("diff", container).orFail("podman diff").output().lines().toList()) {
            Matcher change = DIFF.matcher(line.strip());
            assertTrue(change.matches(), "podman diff: " + line);
            String path = change.group(2);
            boolean mountPoint = mountPoints.stream().anyMatch(mount -> mount.equals(path) || mount.startsWith(path + "/"));
            if (!mountPoint && !RUNTIME_FILES.contains(path)) {
                written.add(line.strip());
            }
        }
        assertEquals(List.of(), written, "written outside the volumes " + mountPoints);
    }

    /**
     * The same pod with one of the site container's volumes left out: the server writes there, the
     * root is read-only, so it fails. Shows that the read-only root is in force and that the test would see a
     * folder the manifests forget.
     */
    @Test
    @Order(4)
    void aFolderTheServerWritesToWithoutAVolumeMakesItFail() throws Exception {
        String volume = volumeTheServerNeeds();
        String mountPath = site(deployment).getVolumeMounts().stream().filter(mount -> mount.getName().equals(volume)).findFirst()
                .orElseThrow(() -> new AssertionError("the site container mounts no volume " + volume)).getMountPath();
        String name = container + "-missing-volume";
        Podman.removeContainer(name);
        runPod(name, deployment, 0, volume);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String logs = "";
        String state = "";
        while (System.nanoTime() < deadline) {
            state = Podman.podman("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", name).trimmed();
            logs = Podman.podman("logs", name).output();
            if (!state.startsWith("running") || logs.contains("Read-only file system")) {
                break;
            }
            Thread.sleep(500);
        }
        // podman says "stopped" before "exited", and the log may still be written meanwhile
        for (int i = 0; i < 20 && !state.startsWith("exited") && !state.startsWith("running"); i++) {
            Thread.sleep(500);
            state = Podman.podman("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", name).trimmed();
        }
        logs = Podman.podman("logs", name).output();
        Podman.removeContainer(name);
        boolean failed = !state.startsWith("running") && !state.endsWith(" 0") || logs.contains("Read-only file system");
        assertTrue(failed && logs.contains(mountPath), "without the volume " + volume + " on " + mountPath
                + ", the server should fail and say where it could not write; it is " + state + ", its log:\n" + tail(logs));
        String reason = logs.lines().filter(line -> line.contains(mountPath)).findFirst().orElse("").strip();
        report("%s without the volume %s (%s): %s, \"%s\"", server.name(), volume, mountPath, state, reason);
    }

    /** A volume of the overlay without which the server cannot run. */
    abstract String volumeTheServerNeeds();

    /**
     * The image run as docker/README.md says, with {@code docker run} and nothing else (no volume,
     * no overlay: the image's own user and file system): it serves the pages, serves them again
     * after {@code podman restart} (a container stopped and started again keeps what it wrote),
     * and stops with status 0.
     */
    @Test
    @Order(8)
    void runsAndRestartsAsPlainDockerRunStartsIt() throws Exception {
        String plain = container + "-plain";
        int port = server.hostPort() + 100;
        String page = SiteClient.pages().values().iterator().next();
        Podman.removeContainer(plain);
        try {
            Podman.podman("run", "--detach", "--name", plain, "--publish", "127.0.0.1:" + port + ":8080",
                    "--env", "LEGAL_BASE_URL=" + baseUrl, image).orFail("podman run " + image);
            awaitFirstPage(plain, port);
            Podman.podman("restart", "--time", "30", plain).orFail("podman restart " + plain);
            awaitFirstPage(plain, port);
            assertEquals(200, send(URI.create("http://127.0.0.1:" + port + page)).statusCode(), "a page after the restart");
            Podman.podman("stop", "--time", "30", plain).orFail("podman stop " + plain);
            String log = Podman.podman("logs", plain).output();
            assertEquals("0", Podman.podman("inspect", "--format", "{{.State.ExitCode}}", plain).trimmed(),
                    "exit status after podman stop; its log:\n" + tail(log));
            assertFalse(log.contains("already registered"), "the restart deploys the site afresh; its log:\n" + tail(log));
        } finally {
            Podman.removeContainer(plain);
        }
    }

    /**
     * {@code podman stop} with the pod's grace period: a response being sent when SIGTERM comes
     * is sent whole, every new request then gets 503 or a refused connection, and the server
     * exits with status 0. The
     * response in flight is held up by the client: 40 requests for a page pipelined on one
     * connection that the test does not read until the server has begun to drain.
     */
    @Test
    @Order(9)
    void stoppingWithTheGracePeriodDrainsAndExitsWithZero() throws Exception {
        String page = SiteClient.pages().values().iterator().next();
        long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        try (Socket inFlight = new Socket()) {
            inFlight.setReceiveBufferSize(4096);
            inFlight.connect(new InetSocketAddress("127.0.0.1", server.hostPort()), 5000);
            inFlight.setSoTimeout(30_000);
            OutputStream out = inFlight.getOutputStream();
            String request = "GET " + page + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            out.write(request.repeat(40).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(1000); // the server fills the socket's buffers and waits for the test to read

            long sigterm = System.nanoTime();
            Process stop = new ProcessBuilder("podman", "stop", "--time", String.valueOf(grace), container).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // New requests, a page and /health in turn, until each has had its 503 or the server
            // has closed its port. Either is a right answer to a new request once the server
            // drains (WildFly may close its port within milliseconds of its first 503, while the
            // requests in flight still run); a 200 after a 503 is not.
            long pageRefused = -1;
            long healthRefused = -1;
            long closed = -1;
            for (int i = 0; i < 400 && (pageRefused < 0 || healthRefused < 0) && closed < 0; i++) {
                for (String path : List.of(page, "/health")) {
                    try {
                        int status = get(path).statusCode();
                        if (status == 503) {
                            if (path.equals(page) && pageRefused < 0) {
                                pageRefused = millisSince(sigterm);
                            } else if (path.equals("/health") && healthRefused < 0) {
                                healthRefused = millisSince(sigterm);
                            }
                        } else if (status == 200) {
                            assertTrue(pageRefused < 0 && healthRefused < 0, path + " answered 200 after a 503, "
                                    + millisSince(sigterm) + " ms after SIGTERM");
                        }
                    } catch (UncheckedIOException refused) {
                        closed = millisSince(sigterm);
                        break;
                    }
                }
                Thread.sleep(5);
            }
            assertTrue(pageRefused >= 0 || healthRefused >= 0 || closed >= 0, "new requests were still served while the server drained");

            List<Integer> statuses = readResponses(inFlight.getInputStream());
            long inFlightDone = millisSince(sigterm);
            assertFalse(statuses.isEmpty(), "no response on the connection in flight");
            assertEquals(200, statuses.get(0), "the response in flight when SIGTERM came: " + statuses);
            int served = statuses.indexOf(503) < 0 ? statuses.size() : statuses.indexOf(503);
            assertTrue(statuses.subList(served, statuses.size()).stream().allMatch(code -> code == 503),
                    "200s, then 503s once the server drains: " + statuses);

            assertTrue(stop.waitFor(grace + 30, TimeUnit.SECONDS), "podman stop");
            long exited = millisSince(sigterm);
            String state = Podman.podman("inspect", "--format", "{{.State.ExitCode}} {{.State.Status}}", container).trimmed();
            assertEquals("0 exited", state, "exit status; its log:\n" + tail(Podman.podman("logs", container).output()));
            assertTrue(exited < TimeUnit.SECONDS.toMillis(grace), "exited within the grace period of " + grace + " s, not killed");
            report("%s drain (podman stop --time %d): first 503 to a page after %d ms, to /health after %d ms, port closed after %d ms "
                    + "(-1: not seen); the pipelined connection got %d whole 200s then %d 503s, read by %d ms; exit status 0 after %d ms",
                    container, grace, pageRefused, healthRefused, closed, served, statuses.size() - served, inFlightDone, exited);
        }
    }

    /**
     * Runs the overlay's pod: a volume for each {@code emptyDir} (empty and writable by all, as
     * Kubernetes makes them; podman's {@code nocopy} so that the image's files do not show
     * through), each init container to its end, then the site container in the background.
     *
     * @param hostPort      the host port for the container's HTTP port on 127.0.0.1, or 0 for none
     * @param leftOutVolume a volume the site container does not mount (the init containers still fill it), or null
     */
    static void runPod(String name, Deployment deployment, int hostPort, String leftOutVolume) {
        runPod(name, deployment, hostPort, leftOutVolume, Map.of());
    }

    /** The same, with environment variables added to the site container's (after the manifests' own). */
    static void runPod(String name, Deployment deployment, int hostPort, String leftOutVolume, Map<String, String> extraEnv) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Map<String, String> volumes = new LinkedHashMap<>();
        for (Volume volume : pod.getVolumes()) {
            assertNotNull(volume.getEmptyDir(), volume.getName() + ": only emptyDir volumes are run here");
            String podmanVolume = name + "-" + volume.getName();
            Podman.podman("volume", "create", podmanVolume).orFail("podman volume create");
            Path mountPoint = Path.of(Podman.podman("volume", "inspect", "--format", "{{.Mountpoint}}", podmanVolume).trimmed());
            try {
                Files.setPosixFilePermissions(mountPoint, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            volumes.put(volume.getName(), podmanVolume);
        }
        assertTrue(leftOutVolume == null || volumes.containsKey(leftOutVolume), "no volume " + leftOutVolume);
        for (Container init : Optional.ofNullable(pod.getInitContainers()).orElse(List.of())) {
            List<String> run = new ArrayList<>(List.of("run", "--rm", "--name", name + "-" + init.getName()));
            run.addAll(securityOptions(pod, init, volumes));
            run.addAll(List.of("--entrypoint", Serialization.asJson(init.getCommand()), init.getImage()));
            Podman.podman(run).orFail("the init container " + init.getName());
        }
        Container site = site(deployment);
        List<String> run = new ArrayList<>(List.of("run", "--detach", "--name", name));
        Map<String, String> siteVolumes = new LinkedHashMap<>(volumes);
        siteVolumes.remove(leftOutVolume);
        run.addAll(securityOptions(pod, site, siteVolumes));
        env(site).forEach((variable, value) -> run.addAll(List.of("--env", variable + "=" + value)));
        extraEnv.forEach((variable, value) -> run.addAll(List.of("--env", variable + "=" + value)));
        if (hostPort > 0) {
            run.addAll(List.of("--publish", "127.0.0.1:" + hostPort + ":" + site.getPorts().get(0).getContainerPort()));
        }
        run.add(site.getImage());
        Podman.podman(run).orFail("podman run " + name);
    }

    /** The container's constraints, as its security context, resources and volume mounts say. */
    private static List<String> securityOptions(PodSpec pod, Container container, Map<String, String> volumes) {
        SecurityContext security = container.getSecurityContext();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        Long user = security.getRunAsUser() != null ? security.getRunAsUser() : podSecurity.getRunAsUser();
        Long group = security.getRunAsGroup() != null ? security.getRunAsGroup() : podSecurity.getRunAsGroup();
        assertNotNull(user, container.getName() + ": runAsUser");
        boolean nonRoot = Boolean.TRUE.equals(security.getRunAsNonRoot()) || Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
        assertTrue(!nonRoot || user != 0, container.getName() + ": runAsNonRoot with uid 0");
        List<String> options = new ArrayList<>(List.of("--user", user + (group != null ? ":" + group : "")));
        if (Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            // podman otherwise mounts writable tmpfs on /tmp, /var/tmp and /run of a read-only container
            options.addAll(List.of("--read-only", "--read-only-tmpfs=false"));
        }
        if (Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            options.add("--security-opt=no-new-privileges");
        }
        if (security.getCapabilities() != null) {
            Optional.ofNullable(security.getCapabilities().getDrop()).orElse(List.of()).forEach(cap -> options.add("--cap-drop=" + cap));
            Optional.ofNullable(security.getCapabilities().getAdd()).orElse(List.of()).forEach(cap -> options.add("--cap-add=" + cap));
        }
        Quantity memory = container.getResources().getLimits().get("memory");
        assertNotNull(memory, container.getName() + ": a memory limit");
        options.add("--memory=" + Quantity.getAmountInBytes(memory).toBigInteger());
        for (VolumeMount mount : Optional.ofNullable(container.getVolumeMounts()).orElse(List.of())) {
            String volume = volumes.get(mount.getName());
            if (volume != null) {
                options.addAll(List.of("--volume", volume + ":" + mount.getMountPath() + ":nocopy" + (Boolean.TRUE.equals(mount.getReadOnly()) ? ",ro" : "")));
            }
        }
        return options;
    }

    /** An overlay's Deployment, rendered as kustomize renders it. */
    static Deployment overlay(Path overlay) throws IOException {
        for (Map<String, Object> object : Kustomize.build(overlay)) {
            if ("Deployment".equals(object.get("kind"))) {
                return Serialization.unmarshal(Serialization.asJson(object), Deployment.class);
            }
        }
        throw new AssertionError(overlay + " has no Deployment");
    }

    static Container site(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one container");
        return containers.get(0);
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            assertNotNull(variable.getValue(), variable.getName() + ": only literal values are run here");
            env.put(variable.getName(), variable.getValue());
        }
        return env;
    }

    /** Waits until the container {@code name}, published on {@code hostPort}, serves the first language page. */
    static void awaitFirstPage(String name, int hostPort) throws InterruptedException {
        String page = SiteClient.pages().values().iterator().next();
        URI uri = URI.create("http://127.0.0.1:" + hostPort + page);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            try {
                if (send(uri).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            String state = Podman.podman("inspect", "--format", "{{.State.Status}}", name).trimmed();
            assertEquals("running", state, name + " stopped; its log:\n" + tail(Podman.podman("logs", name).output()));
            Thread.sleep(250);
        }
        fail(name + " served no page within 240 s; its log:\n" + tail(Podman.podman("logs", name).output()));
    }

    /** The resident memory of the JVM in the container, and the container's memory as its cgroup counts it. */
    private static void memory() {
        String rss = Podman.podman("exec", container, "bash", "-c",
                "for s in /proc/[0-9]*/status; do grep -q '^Name:.*java' $s && grep '^VmRSS' $s; done").trimmed();
        String usage = Podman.podman("stats", "--no-stream", "--format", "{{.MemUsage}}", container).trimmed();
        report("%s: JVM %s; container memory %s", container, rss.replaceAll("\\s+", " "), usage);
    }

    /** Reads HTTP/1.1 responses with a Content-Length until the connection ends; each must be whole. */
    private static List<Integer> readResponses(InputStream in) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                return statuses;
            }
            assertTrue(statusLine.startsWith("HTTP/1.1 "), "a status line, not: " + statusLine);
            long length = -1;
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                }
            }
            assertTrue(length >= 0, "a Content-Length in response " + (statuses.size() + 1));
            byte[] body = in.readNBytes((int) length);
            assertEquals(length, body.length, "response " + (statuses.size() + 1) + " (" + statusLine + ") was cut off");
            statuses.add(Integer.parseInt(statusLine.substring(9, 12)));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).replaceAll("\r$", "");
    }

    static HttpResponse<byte[]> get(String path) {
        return send(URI.create("http://127.0.0.1:" + server.hostPort() + path));
    }

    static HttpResponse<byte[]> send(URI uri) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    static void report(String format, Object... arguments) {
        System.out.println("[image] " + String.format(Locale.ROOT, format, arguments));
    }
}
