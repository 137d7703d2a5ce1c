package io.plakar.legal.sbom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.plakar.legal.ServerJars;

import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;

/**
 * A CycloneDX bill of materials of a provisioned server: one component per library in its jars
 * ({@link ServerJars#libraries}), each with the jar's SHA-256 and its path in the server. The CycloneDX Maven plugin describes the WAR from
 * the project's dependencies; the server is a folder of jars that Galleon assembled, which no
 * plugin reads.
 * <p>
 * Usage: {@code ServerBom <server folder> <output file> <name> <version>}; {@code mvn package}
 * runs it on target/server ({@code exec:java@server-sbom}).
 */
public final class ServerBom {

    private static final Version SCHEMA = Version.VERSION_16;

    private ServerBom() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 4) {
            throw new IllegalArgumentException("usage: ServerBom <server folder> <output file> <name> <version>");
        }
        Path output = Path.of(arguments[1]);
        Files.writeString(output, json(Path.of(arguments[0]), arguments[2], arguments[3]), StandardCharsets.UTF_8);
        System.out.println("[server-sbom] " + output);
    }

    /** The bill of materials of the server in that folder, as CycloneDX 1.6 JSON. */
    static String json(Path server, String name, String version) throws IOException {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes((name + "@" + version).getBytes(StandardCharsets.UTF_8)));
        Metadata metadata = new Metadata();
        Component subject = new Component();
        subject.setType(Component.Type.APPLICATION);
        subject.setName(name);
        subject.setVersion(version);
        metadata.setComponent(subject);
        bom.setMetadata(metadata);
        List<Component> components = new ArrayList<>();
        Map<Path, String> hashes = new HashMap<>();
        for (ServerJars.Library library : ServerJars.libraries(server)) {
            String sha256 = hashes.computeIfAbsent(library.jar(), jar -> sha256(server.resolve(jar)));
            components.add(component(library, sha256));
        }
        bom.setComponents(components);
        try {
            return BomGeneratorFactory.createJson(SCHEMA, bom).toJsonString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the bill of materials", e);
        }
    }

    private static Component component(ServerJars.Library library, String sha256) {
        String path = library.jar().toString();
        Component component = new Component();
        component.setType(Component.Type.LIBRARY);
        component.setGroup(library.group());
        component.setName(library.artifact());
        component.setVersion(library.version());
        if (library.group() != null && library.version() != null) {
            component.setPurl("pkg:maven/" + library.group() + "/" + library.artifact() + "@" + library.version() + "?type=jar");
        }
        component.setBomRef(path + "#" + (library.group() == null ? "" : library.group() + ":") + library.artifact());
        component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, sha256)));
        Property location = new Property();
        location.setName("legal:path");
        location.setValue(path);
        component.setProperties(List.of(location));
        return component;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }
}
