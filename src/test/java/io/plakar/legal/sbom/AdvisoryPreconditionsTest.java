package io.plakar.legal.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.plakar.legal.Dockerfiles;

import org.junit.jupiter.api.Test;

/**
 * What the "not affected" statements of src/main/sbom/vex.cdx.json rest on: each test fails the
 * build the day the site starts to use what an advisory needs, so that the statement is revisited
 * (and the component upgraded) before it ships.
 */
class AdvisoryPreconditionsTest {

    private static final Path MAIN = Path.of("src/main");

    /** GHSA-vp6r-9m58-5xv8 and GHSA-fp43-vj7g-pg92 (OmniFaces 4.7.1). */
    @Test
    void theSiteUsesNoneOfTheOmniFacesFeaturesTheAdvisoriesName() throws IOException {
        List<String> features = List.of("CDNResourceHandler", "CDN_RESOURCE_HANDLER", "CombinedResourceHandler", "COMBINED_RESOURCE_HANDLER",
                "SourceMapResourceHandler", "SOURCE_MAP_RESOURCE_HANDLER", "o:hashParam", "hashParam", "o:socket", "SOCKET_ENDPOINT_ENABLED",
                "org.omnifaces.cdi.Push", "PushContext", "o:cdnResource");
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String feature : features) {
                assertFalse(text.contains(feature), file + " uses " + feature + ": see GHSA-vp6r-9m58-5xv8 / GHSA-fp43-vj7g-pg92 in SECURITY.md");
            }
        }
    }

    /** CVE-2026-46581 (Mojarra up to 4.0.21): the path of an include or template must never come from a value. */
    @Test
    void everyFaceletIncludeAndTemplateIsALiteralPathUnderWebInf() throws IOException {
        Pattern reference = Pattern.compile("\\b(?:src|template)\\s*=\\s*\"([^\"]*)\"");
        int found = 0;
        for (Path file : sources()) {
            if (!file.toString().endsWith(".xhtml")) {
                continue;
            }
            Matcher matcher = reference.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                String path = matcher.group(1);
                assertFalse(path.contains("#{") || path.contains("${"), file + ": an expression in " + matcher.group() + " (CVE-2026-46581)");
                assertTrue(path.startsWith("/WEB-INF/"), file + ": " + matcher.group() + " should be a path under /WEB-INF");
                found++;
            }
        }
        assertTrue(found > 0, "no include or template found: the pattern no longer matches the views");
    }

    /**
     * CVE-2025-14340, CVE-2026-2586, CVE-2026-2587 (Payara's administration listener): it listens
     * on loopback, and only HTTP is ever published.
     */
    @Test
    void theAdministrationStaysOnLoopbackAndOnlyHttpIsPublished() throws IOException {
        assertTrue(Files.readAllLines(Path.of("docker/payara/pre-boot-commands.asadmin")).contains(
                "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1"),
                "Payara's administration listener should listen on 127.0.0.1 only");
        for (String dockerfile : List.of("docker/payara/Dockerfile", "docker/wildfly/Dockerfile")) {
            assertEquals(List.of(List.of("8080")), Dockerfiles.instructions(Path.of(dockerfile), "EXPOSE"), dockerfile + " should expose HTTP only");
        }
        List<String> published = Files.readAllLines(Path.of("docker/compose.yaml")).stream().map(String::strip)
                .filter(line -> line.matches("- \"?(\\d+|\\$\\{\\w+:-\\d+})(:\\d+)+\"?")).toList();
        assertEquals(List.of("- \"${LEGAL_PORT:-8080}:80\""), published, "Compose should publish nginx's port and nothing else");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|xhtml|xml|properties)$"))
                    .toList();
        }
    }
}
