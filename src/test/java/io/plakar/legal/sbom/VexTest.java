package io.plakar.legal.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The VEX statements (src/main/sbom/vex.cdx.json) are valid CycloneDX, each is explained, they
 * speak of the versions the build ships (a version bump makes this fail until the statements are
 * revisited), and SECURITY.md names the same advisories.
 */
class VexTest {

    static final Path VEX = Path.of("src/main/sbom/vex.cdx.json");
    /** The pom property of each component's version. */
    private static final Map<String, String> VERSIONS = Map.of("omnifaces", "omnifaces.version", "mojarra", "mojarra.version",
            "undertow-core", "undertow.version", "payara", "payara.version");

    @Test
    void isValidCycloneDx16() throws IOException {
        List<ParseException> errors = new JsonParser().validate(VEX.toFile(), Version.VERSION_16);
        assertEquals(List.of(), errors.stream().map(Exception::getMessage).toList());
    }

    @Test
    void speaksOfTheShippedVersions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        for (Component component : bom().getComponents()) {
            String property = VERSIONS.get(component.getBomRef());
            assertNotNull(property, "which pom property holds the version of " + component.getBomRef() + "?");
            Matcher value = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
            assertTrue(value.find(), property);
            assertEquals(value.group(1), component.getVersion(), component.getBomRef() + ": the statements were written for "
                    + component.getVersion() + "; the build ships " + value.group(1) + ": revisit them");
            assertTrue(component.getPurl().contains("@" + value.group(1)), component.getPurl());
        }
    }

    @Test
    void everyStatementIsJustifiedAndPointsAtAComponent() throws Exception {
        Bom bom = bom();
        Set<String> refs = bom.getComponents().stream().map(Component::getBomRef).collect(Collectors.toSet());
        assertFalse(bom.getVulnerabilities().isEmpty());
        for (Vulnerability vulnerability : bom.getVulnerabilities()) {
            Vulnerability.Analysis analysis = vulnerability.getAnalysis();
            assertNotNull(analysis, vulnerability.getId());
            assertNotNull(analysis.getDetail(), vulnerability.getId() + " needs a detail");
            if (analysis.getState() == Vulnerability.Analysis.State.NOT_AFFECTED) {
                assertNotNull(analysis.getJustification(), vulnerability.getId() + ": not_affected needs a justification");
            }
            assertFalse(vulnerability.getAffects().isEmpty(), vulnerability.getId());
            vulnerability.getAffects().forEach(affect -> assertTrue(refs.contains(affect.getRef()), vulnerability.getId() + " -> " + affect.getRef()));
        }
    }

    @Test
    void securityMdNamesTheSameAdvisories() throws Exception {
        Set<String> statements = bom().getVulnerabilities().stream().map(Vulnerability::getId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> named = new TreeSet<>();
        Matcher id = Pattern.compile("\\b(CVE-\\d{4}-\\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\\b").matcher(Files.readString(Path.of("SECURITY.md")));
        while (id.find()) {
            named.add(id.group(1));
        }
        assertTrue(named.containsAll(statements), "SECURITY.md should explain " + statements + "; it names " + named);
    }

    private static Bom bom() throws ParseException {
        return new JsonParser().parse(new File(VEX.toString()));
    }
}
