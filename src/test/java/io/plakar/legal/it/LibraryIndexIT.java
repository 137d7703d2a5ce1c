package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every library jar of the WAR, and its own classes, carry their annotation index
 * (META-INF/jandex.idx, written by the build: pom.xml, antrun index-libraries and
 * jandex-maven-plugin), so that WildFly reads it instead of scanning them at each deployment.
 * Each index is read with the Jandex of the provisioned WildFly itself, and must list exactly the
 * classes beside it: an index the server cannot read, or one left from another version of a jar,
 * fails here. Needs no deployment.
 */
class LibraryIndexIT {

    private static final Path WAR = Path.of(System.getProperty("war.file", "target/legal-notice.war"));
    private static final Path WILDFLY = Path.of(System.getProperty("jboss.home", "target/server"));

    @Test
    @EnabledIfSystemProperty(named = "arquillian.launch", matches = "wildfly")
    void everyLibraryJarCarriesAnIndexTheServersJandexReadsWithAllItsClasses() throws Exception {
        List<String> libraries = new ArrayList<>();
        try (URLClassLoader jandex = jandex();
                JarInputStream war = new JarInputStream(Files.newInputStream(WAR))) {
            for (JarEntry entry = war.getNextJarEntry(); entry != null; entry = war.getNextJarEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    libraries.add(entry.getName());
                    checkLibrary(entry.getName(), war.readAllBytes(), jandex);
                }
            }
        }
        assertFalse(libraries.isEmpty(), WAR + " has no library jar: the test would show nothing");
    }

    /**
     * The site's own classes carry theirs too (WEB-INF/classes/META-INF/jandex.idx, written by the
     * build: pom.xml, jandex-maven-plugin), listing exactly the classes the WAR packs: a class the
     * index lists and the WAR leaves out (the XLIFF tooling) would be looked for at deployment, and
     * one it misses would be invisible to CDI and Faces.
     */
    @Test
    @EnabledIfSystemProperty(named = "arquillian.launch", matches = "wildfly")
    void theSitesOwnClassesCarryAnIndexListingExactlyThePackedClasses() throws Exception {
        String root = "WEB-INF/classes/";
        Set<String> classes = new TreeSet<>();
        byte[] index = null;
        try (JarInputStream war = new JarInputStream(Files.newInputStream(WAR))) {
            for (JarEntry entry = war.getNextJarEntry(); entry != null; entry = war.getNextJarEntry()) {
                String name = entry.getName();
                if (name.equals(root + "META-INF/jandex.idx")) {
                    index = war.readAllBytes();
                } else if (name.startsWith(root) && name.endsWith(".class")) {
                    classes.add(name.substring(root.length(), name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        assertNotNull(index, WAR + " has no " + root + "META-INF/jandex.idx: WildFly would index the site's classes at every deployment");
        assertFalse(classes.isEmpty(), WAR + " has no class under " + root);
        try (URLClassLoader jandex = jandex()) {
            assertEquals(classes, indexedClasses(index, jandex), root + "META-INF/jandex.idx: the classes it lists");
        }
    }

    private static void checkLibrary(String name, byte[] jar, ClassLoader jandex) throws Exception {
        Set<String> classes = new TreeSet<>();
        byte[] index = null;
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().equals("META-INF/jandex.idx")) {
                    index = in.readAllBytes();
                } else if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    classes.add(entry.getName().substring(0, entry.getName().length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        assertNotNull(index, name + " carries no META-INF/jandex.idx: WildFly would scan it at every deployment");
        assertEquals(classes, indexedClasses(index, jandex), name + ": the classes its index lists");
    }

    /** The Jandex of the provisioned WildFly, alone in a class loader. */
    private static URLClassLoader jandex() throws IOException {
        Path jandexModule = WILDFLY.resolve("modules/system/layers/base/io/smallrye/jandex/main");
        List<URL> jandexJars = new ArrayList<>();
        try (Stream<Path> files = Files.list(jandexModule)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).toList()) {
                jandexJars.add(jar.toUri().toURL());
            }
        }
        assertFalse(jandexJars.isEmpty(), "no Jandex jar in " + jandexModule);
        return new URLClassLoader(jandexJars.toArray(URL[]::new), null);
    }

    /** The names of the classes an index lists, read by the server's Jandex (IndexReader.read, Index.getKnownClasses). */
    private static Set<String> indexedClasses(byte[] index, ClassLoader jandex) throws ReflectiveOperationException, IOException {
        Class<?> readerClass = jandex.loadClass("org.jboss.jandex.IndexReader");
        Set<String> names = new TreeSet<>();
        try (InputStream in = new java.io.ByteArrayInputStream(index)) {
            Object reader = readerClass.getConstructor(InputStream.class).newInstance(in);
            Object read = readerClass.getMethod("read").invoke(reader);
            for (Object info : (Collection<?>) read.getClass().getMethod("getKnownClasses").invoke(read)) {
                names.add(info.getClass().getMethod("name").invoke(info).toString());
            }
        }
        return names;
    }
}
