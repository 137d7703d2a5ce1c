package io.plakar.legal.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's bill of materials, on a folder of jars made here. */
class ServerBomTest {

    @TempDir
    Path server;

    @Test
    void listsEachLibraryOfEachJarWithItsCoordinatesHashAndPath() throws Exception {
        Path undertow = jar(server.resolve("modules/io/undertow/core/main/undertow-core-2.3.26.Final.jar"), null,
                "io.undertow", "undertow-core", "2.3.26.Final");
        Path shaded = jar(server.resolve("modules/shaded/main/bundle.jar"), null, "a.b", "one", "1.0", "c.d", "two", "2.0");
        Path bare = jar(server.resolve("jboss-modules.jar"), "2.1.6.Final");

        byte[] json = ServerBom.json(server, "wildfly", "39.0.1.Final").getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of(), new JsonParser().validate(json, Version.VERSION_16), "valid CycloneDX 1.6");
        Bom bom = new JsonParser().parse(json);
        assertEquals("wildfly", bom.getMetadata().getComponent().getName());
        List<Component> components = bom.getComponents();
        assertEquals(List.of("jboss-modules", "undertow-core", "one", "two"), components.stream().map(Component::getName).toList(),
                "in the order of the jars' paths");

        Component core = components.get(1);
        assertEquals("pkg:maven/io.undertow/undertow-core@2.3.26.Final?type=jar", core.getPurl());
        assertEquals(sha256(undertow), core.getHashes().get(0).getValue());
        assertEquals("modules/io/undertow/core/main/undertow-core-2.3.26.Final.jar", core.getProperties().get(0).getValue());
        assertEquals(List.of(sha256(shaded), sha256(shaded)), List.of(components.get(2).getHashes().get(0).getValue(),
                components.get(3).getHashes().get(0).getValue()), "a shaded jar gives one component per library");

        Component modules = components.get(0);
        assertEquals("2.1.6.Final", modules.getVersion(), "a jar without coordinates: its manifest's version");
        assertNull(modules.getPurl());
        assertEquals(sha256(bare), modules.getHashes().get(0).getValue());
    }

    /** A jar with a manifest version (or none) and one pom.properties per (group, artifact, version) triple. */
    private static Path jar(Path file, String manifestVersion, String... coordinates) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (manifestVersion != null) {
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, manifestVersion);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (int i = 0; i < coordinates.length; i += 3) {
                jar.putNextEntry(new JarEntry("META-INF/maven/" + coordinates[i] + "/" + coordinates[i + 1] + "/pom.properties"));
                jar.write(("groupId=" + coordinates[i] + "\nartifactId=" + coordinates[i + 1] + "\nversion=" + coordinates[i + 2] + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                jar.closeEntry();
            }
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
