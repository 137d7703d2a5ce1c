package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.plakar.legal.Dockerfiles;
import io.plakar.legal.I18nCopy;
import io.plakar.legal.ServerJars;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The steps of docker/wildfly/Dockerfile, without Docker: each COPY from the build context, with
 * .dockerignore applied, into a folder that stands for the image's file system; then its CMD,
 * configured through the environment as a container is. The image must be the patched, slim
 * server the tests run, with nothing a run of it wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WildFlyImageStepsIT {

    private static final Path DOCKERFILE = Path.of("docker/wildfly/Dockerfile");
    private static final Path IMAGE = Path.of("target/wildfly-image").toAbsolutePath();
    private static final int OFFSET = 700;
    private static final int HTTP = 8080 + OFFSET;

    private Process server;
    private String home;
    /** What a run of target/server wrote that the image holds: none of it should be there. */
    private final List<String> runState = new ArrayList<>();

    /** A line of .dockerignore: a pattern, and whether it is an exception ({@code !}). */
    private record Rule(PathMatcher pattern, boolean exception) {
    }

    @BeforeAll
    void buildTheImageAndStartIt() throws Exception {
        I18nCopy.delete(IMAGE);
        List<Rule> ignored = dockerignore();
        for (List<String> copy : Dockerfiles.copies(DOCKERFILE)) {
            copy(Path.of(copy.get(0)), IMAGE.resolve(copy.get(1).substring(1)), ignored);
        }
        List<String> command = new ArrayList<>(Dockerfiles.instructions(DOCKERFILE, "CMD").get(0));
        home = command.get(0).substring(0, command.get(0).indexOf("/bin/"));
        for (String state : List.of("data", "log", "tmp", "configuration/standalone_xml_history", "deployments/ROOT.war.deployed")) {
            if (Files.exists(IMAGE.resolve(home.substring(1)).resolve("standalone").resolve(state))) {
                runState.add(state);
            }
        }
        command.set(0, IMAGE + command.get(0));
        // loopback only here, on ports of its own
        command.replaceAll(argument -> argument.equals("0.0.0.0") ? "127.0.0.1" : argument);
        command.add("-Djboss.socket.binding.port-offset=" + OFFSET);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(IMAGE.resolve("console.log").toFile());
        // the image's environment (LAUNCH_JBOSS_IN_BACKGROUND among it), then the settings a container is given
        builder.environment().putAll(Dockerfiles.environment(DOCKERFILE));
        builder.environment().putAll(Map.of("LEGAL_BASE_URL", "https://legal.image.example", "LEGAL_CACHE_SECONDS", "60",
                "LEGAL_DEFAULT_LANGUAGE", "en", "JBOSS_HOME", IMAGE + home));
        server = builder.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
            server.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void theImageHoldsThePatchedServerAndNothingARunWrote() throws IOException {
        Path server = IMAGE.resolve(home.substring(1));
        Map<String, List<String>> versions = ServerJars.mavenVersions(server.resolve("modules"));
        ShippedVersionsIT.assertAtLeast(versions, "io.undertow:undertow-core", System.getProperty("undertow.version"));
        ShippedVersionsIT.assertAtLeast(versions, "org.glassfish:jakarta.faces", System.getProperty("mojarra.version"));
        assertEquals(List.of(), runState, "left by a run of target/server");
        try (Stream<Path> deployments = Files.list(server.resolve("standalone/deployments"))) {
            assertTrue(deployments.map(path -> path.getFileName().toString()).allMatch(name -> name.startsWith("ROOT.war")),
                    "only the site is deployed");
        }
    }

    @Test
    void theSiteAnswersWithTheContainersSettings() throws InterruptedException {
        HttpResponse<byte[]> health = null;
        for (int i = 0; i < 900 && (health == null || health.statusCode() != 200); i++) {
            assertTrue(server.isAlive(), "the server exited; see " + IMAGE.resolve("console.log"));
            try {
                health = LocalServer.get(HTTP, "/health", Map.of());
            } catch (UncheckedIOException notListeningYet) {
                // not listening yet
            }
            if (health == null || health.statusCode() != 200) {
                Thread.sleep(200);
            }
        }
        assertEquals(200, health.statusCode());

        HttpResponse<byte[]> page = LocalServer.get(HTTP, "/fr/mentions-legales", Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8)
                .contains("<link rel=\"canonical\" href=\"https://legal.image.example/fr/mentions-legales\""), "LEGAL_BASE_URL");
        assertEquals("public, max-age=60", page.headers().firstValue("Cache-Control").orElse(null), "LEGAL_CACHE_SECONDS");
        assertEquals("/en/legal-notice", LocalServer.get(HTTP, "/", Map.of("Accept-Language", "ja")).headers().firstValue("Location")
                .orElse(null), "LEGAL_DEFAULT_LANGUAGE");
    }

    /** Copies a file or folder of the build context as COPY does, leaving out what .dockerignore names. */
    private static void copy(Path source, Path target, List<Rule> ignored) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                if (isIgnored(file, ignored)) {
                    continue;
                }
                Path destination = Files.isDirectory(source) ? target.resolve(source.relativize(file).toString()) : target;
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(file, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static List<Rule> dockerignore() throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(".dockerignore"))) {
            String rule = line.strip();
            if (!rule.isEmpty() && !rule.startsWith("#")) {
                boolean exception = rule.startsWith("!");
                rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + (exception ? rule.substring(1) : rule)), exception));
            }
        }
        return rules;
    }

    /** As Docker decides: the last rule that matches the path or one of its parents wins. */
    private static boolean isIgnored(Path file, List<Rule> rules) {
        boolean ignored = false;
        for (Rule rule : rules) {
            for (Path path = file; path != null; path = path.getParent()) {
                if (rule.pattern().matches(path)) {
                    ignored = !rule.exception();
                    break;
                }
            }
        }
        return ignored;
    }
}
