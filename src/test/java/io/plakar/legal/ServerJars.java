package io.plakar.legal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** What a server's jars are, read from the Maven coordinates each jar carries. */
public final class ServerJars {

    /**
     * A library in a jar: its Maven coordinates ({@code META-INF/maven/.../pom.properties}), or
     * for a jar that carries none, no group, the file's name and the manifest's version.
     */
    public record Library(String group, String artifact, String version, Path jar) {
    }

    private ServerJars() {
    }

    /** Every library of every jar below the folder, in path order; a shaded jar gives one each. */
    public static List<Library> libraries(Path folder) throws IOException {
        List<Library> libraries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                libraries.addAll(libraries(jar, folder.relativize(jar)));
            }
        }
        return libraries;
    }

    /** groupId:artifactId to the versions of the jars below the folder that carry Maven coordinates. */
    public static Map<String, List<String>> mavenVersions(Path folder) throws IOException {
        Map<String, List<String>> versions = new TreeMap<>();
        for (Library library : libraries(folder)) {
            if (library.group() != null) {
                versions.computeIfAbsent(library.group() + ":" + library.artifact(), key -> new ArrayList<>()).add(library.version());
            }
        }
        return versions;
    }

    /** Compares release versions by their leading numbers: 2.3.26.Final, 4.0.11.payara-p1, 3.0.1-jbossorg-1. */
    public static int compare(String version, String other) {
        int[] a = numbers(version);
        int[] b = numbers(other);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int difference = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static List<Library> libraries(Path jar, Path path) throws IOException {
        List<Library> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().filter(ServerJars::isPomProperties).toList()) {
                Properties pom = new Properties();
                try (InputStream in = file.getInputStream(entry)) {
                    pom.load(in);
                }
                found.add(new Library(pom.getProperty("groupId"), pom.getProperty("artifactId"), pom.getProperty("version"), path));
            }
            if (found.isEmpty()) {
                Attributes manifest = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
                String version = manifest.getValue("Implementation-Version") != null ? manifest.getValue("Implementation-Version")
                        : manifest.getValue("Bundle-Version");
                found.add(new Library(null, path.getFileName().toString().replaceFirst("\\.jar$", ""), version, path));
            }
        }
        return found;
    }

    private static int[] numbers(String version) {
        return Stream.of(version.split("[.-]")).takeWhile(part -> part.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
    }

    private static boolean isPomProperties(JarEntry entry) {
        return entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties");
    }
}
