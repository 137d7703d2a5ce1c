package io.plakar.legal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Copies of folders for tests: the real {@code i18n/} to break or extend (and the edits and line
 * look-ups of those fixtures), a server's base directory; and their removal.
 */
public final class I18nCopy {

    public static final Path I18N = Path.of("i18n");

    /**
     * A language tag that no file of {@code i18n/} uses, for the tests that add a language: the
     * first of a few that is free, so that a translator who adds that very language (Portuguese is
     * the first) keeps the build green.
     */
    public static final String NEW_TAG = Stream.of("pt", "sv", "da", "fi", "pl", "cs", "el", "hu")
            .filter(tag -> !Files.exists(I18N.resolve("messages/" + tag + ".properties"))
                    && !Files.exists(I18N.resolve("content/legal-notice." + tag + ".md")))
            .findFirst().orElseThrow();

    private I18nCopy() {
    }

    /** Copies {@code i18n/} into {@code parent/i18n} and returns the copy. */
    public static Path into(Path parent) throws IOException {
        Path copy = parent.resolve("i18n");
        copyTree(I18N, copy);
        return copy;
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Changes a file of a copy of {@code i18n/}; a change that changes nothing fails the test. */
    public static void edit(Path i18n, String file, UnaryOperator<String> change) throws IOException {
        Path path = i18n.resolve(file);
        String before = Files.readString(path);
        String after = change.apply(before);
        assertNotEquals(before, after, "the fixture did not change " + file);
        Files.writeString(path, after);
    }

    /** The line (from 1) of the first line of the file that contains the text. */
    public static int line(Path i18n, String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(i18n.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }
}
