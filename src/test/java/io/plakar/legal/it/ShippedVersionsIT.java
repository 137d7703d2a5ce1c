package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.plakar.legal.ServerJars;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The component versions of the servers the tests run, read from their jars: nothing older than
 * the releases pom.xml overrides them with (SECURITY.md says why), so that a server upgrade that
 * silently drops an override fails here. Needs no deployment: it reads target/server (WildFly,
 * as `mvn package` provisions it and the image copies it) or the Payara under test.
 */
class ShippedVersionsIT {

    private static final Path WILDFLY = Path.of(System.getProperty("jboss.home", "target/server"));

    @Test
    @EnabledIfSystemProperty(named = "arquillian.launch", matches = "wildfly")
    void theProvisionedWildFlyHasTheOverriddenUndertowAndMojarra() throws IOException {
        Map<String, List<String>> versions = ServerJars.mavenVersions(WILDFLY.resolve("modules"));

        assertAtLeast(versions, "io.undertow:undertow-core", property("undertow.version"));
        assertAtLeast(versions, "io.undertow:undertow-servlet", property("undertow.version"));
        assertAtLeast(versions, "org.glassfish:jakarta.faces", property("mojarra.version"));
        assertAtLeast(versions, "org.glassfish.web:jakarta.servlet.jsp.jstl", property("jstl.version"));
    }

    /** Galleon provisions the layers the site uses: none of the subsystems it does not use are there. */
    @Test
    @EnabledIfSystemProperty(named = "arquillian.launch", matches = "wildfly")
    void theProvisionedWildFlyHoldsOnlyWhatTheSiteUses() throws IOException {
        Map<String, List<String>> versions = ServerJars.mavenVersions(WILDFLY.resolve("modules"));
        for (String unused : List.of("org.hibernate.orm:hibernate-core", "org.jboss.resteasy:resteasy-core",
                "org.apache.activemq:artemis-server", "org.infinispan:infinispan-core", "org.wildfly:wildfly-ejb3",
                "org.apache.cxf:cxf-core", "org.jberet:jberet-core")) {
            assertFalse(versions.containsKey(unused), unused + " should not be provisioned: " + versions.get(unused));
        }
    }

    /**
     * Payara's Faces module, which applications use. (Its administration console bundles a
     * Mojarra 3.0.2 of its own in faces-compat.jar, served only by the administration listener:
     * see SECURITY.md.)
     */
    @Test
    @EnabledIfSystemProperty(named = "arquillian.launch", matches = "payara")
    void thePayaraUnderTestHasTheOverriddenMojarra() throws IOException {
        Path faces = Path.of(property("payara.home")).resolve("glassfish/modules/jakarta.faces.jar");

        assertAtLeast(ServerJars.mavenVersions(faces), "org.glassfish:jakarta.faces", property("mojarra.version"));
    }

    static void assertAtLeast(Map<String, List<String>> versions, String artifact, String minimum) {
        List<String> found = versions.getOrDefault(artifact, List.of());
        assertFalse(found.isEmpty(), artifact + " not found in the server");
        for (String version : found) {
            assertTrue(ServerJars.compare(version, minimum) >= 0, artifact + " " + version + " is older than " + minimum);
        }
    }

    private static String property(String name) {
        return Optional.ofNullable(System.getProperty(name)).orElseThrow(() -> new IllegalStateException("no system property " + name));
    }
}
