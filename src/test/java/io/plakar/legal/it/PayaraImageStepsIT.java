package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.ServerJars;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The steps of docker/payara/Dockerfile, without Docker: a fresh domain of the Payara the tests
 * use, started as the image's entrypoint starts it (the pre-boot commands file, then a post-boot
 * file with one
 * {@code deploy} of the WAR), configured through the environment as a container is. Runs with
 * -Ppayara.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayaraImageStepsIT {

    private static final Path PAYARA = Path.of(System.getProperty("payara.home", "target/payara6")).toAbsolutePath();
    private static final Path DOMAINS = Path.of("target/payara-image-domains").toAbsolutePath();
    private static final String DOMAIN = "image";
    private static final int PORT_BASE = 9000; // administration on 9048, HTTP on 9080
    private static final int HTTP = PORT_BASE + 80;
    /** How Mojarra names itself when it starts, in any language: "Initializing Mojarra 4.0.14 for context ''". */
    private static final Pattern MOJARRA = Pattern.compile("Mojarra (\\d[\\w.-]*)");

    @BeforeAll
    void startTheDomainAsTheImageDoes() throws Exception {
        asadmin("delete-domain", "--domaindir", DOMAINS.toString(), DOMAIN); // from an earlier run, if any
        assertEquals(0, asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE),
                "--domaindir", DOMAINS.toString(), DOMAIN), "create-domain");
        Path deploy = DOMAINS.resolve("post-boot-commands.asadmin");
        Files.writeString(deploy, "deploy " + Path.of("target/legal-notice.war").toAbsolutePath() + "\n", StandardCharsets.UTF_8);
        assertEquals(0, asadmin("start-domain", "--domaindir", DOMAINS.toString(), "--prebootcommandfile",
                Path.of("docker/payara/pre-boot-commands.asadmin").toAbsolutePath().toString(), "--postbootcommandfile", deploy.toString(),
                DOMAIN), "start-domain");
        awaitHealthy();
    }

    /**
     * Like the image's HEALTHCHECK: the post-boot deployment ends after
     * start-domain returns, and the listener may not even accept connections yet.
     */
    private static void awaitHealthy() throws InterruptedException {
        HttpResponse<byte[]> health = null;
        for (int i = 0; i < 600 && (health == null || health.statusCode() != 200); i++) {
            try {
                health = LocalServer.get(HTTP, "/health", Map.of());
            } catch (UncheckedIOException notListeningYet) {
                Thread.sleep(200);
                continue;
            }
            if (health.statusCode() != 200) {
                Thread.sleep(200);
            }
        }
        assertNotNull(health, "never accepted a connection");
        assertEquals(200, health.statusCode());
        assertEquals("ready\n", new String(health.body(), StandardCharsets.UTF_8));
    }

    @AfterAll
    void stopTheDomain() throws Exception {
        asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
    }

    @Test
    void theSiteAnswersAtTheRootWithTheContainersSettingsAndNoServerDetails() {
        HttpResponse<byte[]> page = LocalServer.get(HTTP, "/fr/mentions-legales", Map.of());
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://legal.image.example/fr/mentions-legales\""),
                "LEGAL_BASE_URL from the environment");
        assertNull(page.headers().firstValue("X-Powered-By").orElse(null));
        assertNull(page.headers().firstValue("Server").orElse(null));
        assertEquals(List.of("DENY"), page.headers().allValues("X-Frame-Options"));
        assertEquals("public, max-age=60", page.headers().firstValue("Cache-Control").orElse(null), "LEGAL_CACHE_SECONDS");

        HttpResponse<byte[]> root = LocalServer.get(HTTP, "/", Map.of("Accept-Language", "ja"));
        assertEquals("/en/legal-notice", root.headers().firstValue("Location").orElse(null), "LEGAL_DEFAULT_LANGUAGE");
    }

    /** The image's Payara runs the Mojarra the site is tested with, and no MicroProfile endpoint. */
    @Test
    void theDomainRunsTheTestedMojarraWithoutMicroProfileEndpoints() throws IOException {
        Path log = DOMAINS.resolve(DOMAIN).resolve("logs/server.log");
        Matcher mojarra = MOJARRA.matcher(Files.readString(log));
        assertTrue(mojarra.find(), "no Mojarra in " + log);
        String version = mojarra.group(1);
        assertTrue(ServerJars.compare(version, System.getProperty("mojarra.version")) >= 0, "Mojarra " + version);

        String domain = Files.readString(DOMAINS.resolve(DOMAIN).resolve("config/domain.xml"));
        for (String endpoint : List.of("metrics", "healthcheck", "openapi")) {
            assertTrue(domain.contains("<microprofile-" + endpoint + "-configuration enabled=\"false\""), "MicroProfile " + endpoint + " is off");
        }
    }

    /** The administration listener (console, REST interface) answers on loopback only, where asadmin reaches it. */
    @Test
    void theAdministrationListenerListensOnLoopbackOnly() throws IOException, InterruptedException {
        int admin = PORT_BASE + 48;
        Process ss = new ProcessBuilder("ss", "-Hltn", "sport = :" + admin).redirectErrorStream(true).start();
        List<String> sockets = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> line.trim().split("\\s+")[3]).toList();
        assertEquals(0, ss.waitFor());
        assertEquals(1, sockets.size(), "listening sockets of the administration port: " + sockets);
        assertTrue(sockets.get(0).matches("(\\[::ffff:)?127\\.0\\.0\\.1]?:" + admin), "the administration port should listen on 127.0.0.1: " + sockets);
    }

    private static int asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/payara-image-asadmin.log").toFile()));
        builder.environment().putAll(Map.of("LEGAL_BASE_URL", "https://legal.image.example", "LEGAL_CACHE_SECONDS", "60",
                "LEGAL_DEFAULT_LANGUAGE", "en"));
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
