package io.plakar.legal.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The XLIFF commands and the editor's record-version (io.plakar.legal.tooling) are tooling:
 * the WAR `mvn package` builds holds neither their classes nor
 * the Okapi Framework and what it brings, and the WAR's bill of materials does not list them.
 * Reads the built WAR and SBOM; needs no server.
 */
class ToolingOutOfWarIT {

    private static final Path WAR = Path.of(System.getProperty("war.file", "target/legal-notice.war"));
    private static final Path SBOM = Path.of("target/legal-notice.cdx.json");
    /** Packages of the tooling's libraries: Okapi, ICU4J, Woodstox and StAX2, SLF4J's no-op provider. */
    private static final List<String> TOOLING_PACKAGES = List.of("net/sf/okapi/", "com/ibm/icu/", "com/ctc/wstx/",
            "org/codehaus/stax2/", "org/slf4j/nop/");
    private static final List<String> TOOLING_GROUPS = List.of("net.sf.okapi", "com.ibm.icu", "com.fasterxml.woodstox",
            "org.codehaus.woodstox", "org.slf4j");

    @Test
    void theWarHoldsNeitherTheToolsThatWriteI18nNorTheirLibraries() throws IOException {
        List<String> found = new ArrayList<>();
        int jars = 0;
        try (ZipFile war = new ZipFile(WAR.toFile())) {
            assertTrue(war.getEntry("WEB-INF/classes/io/plakar/legal/content/DocumentFile.class") != null, "the site's classes are there");
            assertTrue(war.getEntry("WEB-INF/classes/io/plakar/legal/check/TranslationCheck.class") != null);
            assertTrue(war.getEntry("WEB-INF/classes/io/plakar/legal/history/History.class") != null, "the history the site serves is there");
            for (ZipEntry entry : Collections.list(war.entries())) {
                if (entry.getName().startsWith("WEB-INF/classes/io/plakar/legal/xliff/")
                        || entry.getName().startsWith("WEB-INF/classes/io/plakar/legal/tooling/") || tooling(entry.getName())) {
                    found.add(entry.getName());
                }
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    jars++;
                    try (InputStream in = war.getInputStream(entry); ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            if (tooling(inner.getName())) {
                                found.add(entry.getName() + "!" + inner.getName());
                                break;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(jars > 0, "the WAR bundles its libraries (flexmark, OmniFaces)");
        assertEquals(List.of(), found);
    }

    @Test
    void theWarsBillOfMaterialsListsNoToolingLibrary() throws IOException {
        JsonNode components = new ObjectMapper().readTree(Files.readString(SBOM)).path("components");
        List<String> listed = new ArrayList<>();
        components.forEach(component -> listed.add(component.path("group").asText() + ":" + component.path("name").asText()));

        assertTrue(listed.stream().anyMatch(name -> name.startsWith("com.vladsch.flexmark:")), "flexmark is listed: " + listed);
        assertFalse(listed.stream().anyMatch(name -> TOOLING_GROUPS.stream().anyMatch(group -> name.startsWith(group + ":"))), listed.toString());
    }

    private static boolean tooling(String name) {
        return TOOLING_PACKAGES.stream().anyMatch(name::startsWith);
    }
}
